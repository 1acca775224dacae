package uk.socguide.core;

/** A concept recognised in the user's message: type (crime, agency, nation...) and concept id. */
public record EntityRef(String type, String value) {}
