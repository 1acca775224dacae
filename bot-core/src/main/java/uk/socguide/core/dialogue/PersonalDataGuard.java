package uk.socguide.core.dialogue;

/**
 * Spots a message that discloses someone's personal data: a name, an address or postcode, a phone
 * number, an email address or a vehicle registration. The writer's own name ("my name is ...") and
 * the public numbers of the release's reporting routes ("is 0800 555 111 right?") are not a
 * disclosure, and nor is a name the content itself uses (a public figure such as the 2012
 * briefing's speaker).
 */
final class PersonalDataGuard {
  private final Redactor redactor;

  PersonalDataGuard(Redactor redactor) {
    this.redactor = redactor;
  }

  boolean discloses(String text, Catalogue catalogue) {
    for (Redactor.Finding f : redactor.find(text)) {
      switch (f.kind()) {
        case OWN_NAME:
          break;
        case PHONE:
          if (!catalogue.isPublicNumber(nationalDigits(text.substring(f.start(), f.end())))) {
            return true;
          }
          break;
        case NAME:
          if (!catalogue.isNamedInContent(text.substring(f.start(), f.end()))) {
            return true;
          }
          break;
        default:
          return true;
      }
    }
    return false;
  }

  /** The number's digits in national form ("+44 (0)300 ..." and "0300 ..." give "0300..."). */
  static String nationalDigits(String number) {
    StringBuilder d = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      }
    }
    String digits = d.toString();
    if (digits.startsWith("0044")) {
      digits = digits.substring(4);
    } else if (number.strip().startsWith("+") && digits.startsWith("44")) {
      digits = digits.substring(2);
    } else {
      return digits;
    }
    return digits.startsWith("0") ? digits : "0" + digits;
  }
}
