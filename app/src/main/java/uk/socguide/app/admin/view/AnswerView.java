package uk.socguide.app.admin.view;

/**
 * One answer variant as the workspace shows it.
 *
 * @param label who and where it is for, such as "Councillors, Scotland"
 * @param html the answer rendered with its route references filled in; safe HTML (every piece of
 *     text escaped, only p, ul, li, strong, br and http(s) links)
 * @param markup the answer as written
 */
public record AnswerView(String label, String html, String markup) {}
