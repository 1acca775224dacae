package uk.socguide.app.admin.view;

import java.util.List;

/**
 * The edit page: the form, what stopped the last save, and previews of the unsaved draft.
 *
 * @param problems why the last save or preview was refused; empty when it was not
 * @param previews each answer variant as the channels would show it; empty unless asked for
 * @param attempt the "try a question" result against the draft, or {@code null}
 */
public record TopicEdit(
    TopicForm form, List<String> problems, List<ChannelPreview> previews, Attempt attempt) {

  public TopicEdit {
    problems = List.copyOf(problems);
    previews = List.copyOf(previews);
  }
}
