package uk.socguide.app.admin.view;

import java.util.List;
import uk.socguide.app.admin.auth.ApiTokens;

/**
 * The signed-in user's own page: their API tokens and the password form.
 *
 * @param issued a token just issued, shown this once, or {@code null}
 * @param problem why the last change was refused, or {@code null}
 */
public record AccountView(List<ApiTokens.Token> tokens, String issued, String problem) {}
