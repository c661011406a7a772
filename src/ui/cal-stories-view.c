/* cal-stories-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-stories-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-coverage-view.h"
#include "cal-stories-interop.h"
#include "cal-stories-view-private.h"
#include "cal-story-editor.h"

/* CalStoriesView is the story bank: a list of story summaries (bodies stay
 * in the database until a story is opened, so a bank of thousands opens at
 * once), searched with the store's full-text index as the user types and
 * narrowed by tag; an editor with its live calibration; and the coverage
 * matrix of a job's predicted questions. The three are pages of one stack
 * with a back button, which works at any width.
 *
 * The list holds ONE store of every summary, read when the bank may have
 * changed (first show, back from the editor, a new story, a delete, an
 * import), never per keystroke. A search only asks the index which ids
 * match and changes the filter and the order over those same objects, so
 * the list view keeps the row of every story still shown instead of
 * building its rows again: with 10,000 stories, rebuilding them is what
 * made each search take most of a second.
 *
 * The bank is read in a worker thread (the store locks its connection, see
 * cal-store.h), so neither the first frame of the section nor a reload
 * waits for the database: until the first read arrives the list shows a
 * spinner, not "No Stories Yet", and a search typed meanwhile is applied
 * to the stories when they come. Only the newest read is used.
 *
 * Deleting is undoable: the story is hidden at once and only removed from
 * the database when its toast goes away without "Undo".
 *
 * The bank's reading, searching and rows are in cal-stories-view-bank.c,
 * deleting with undo in cal-stories-view-delete.c; the instance struct is
 * in cal-stories-view-private.h. */

G_DEFINE_FINAL_TYPE (CalStoriesView, cal_stories_view, CAL_TYPE_SECTION)

GParamSpec *cal_stories_view_properties[CAL_STORIES_VIEW_N_PROPS];

CalStore *
cal_stories_view_get_store (CalStoriesView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  return context != NULL ? cal_context_get_store (context) : NULL;
}

void
cal_stories_view_flush_edits (CalStoriesView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));
  g_autoptr(GError) error = NULL;

  /* Leaving the editor writes what is pending now, so the list (read from
   * the database) shows the story as it was just typed. */
  if (context != NULL && !cal_autosave_flush (cal_context_get_autosave (context), &error))
    cal_section_toast_message (CAL_SECTION (self), error->message);
}

static void
update_chrome (CalStoriesView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean in_editor = g_strcmp0 (page, "editor") == 0;
  gboolean in_coverage = g_strcmp0 (page, "coverage") == 0;
  gboolean top = !in_editor && !in_coverage;

  gtk_widget_set_visible (self->sidebar_button, top && cal_section_get_folded (CAL_SECTION (self)));
  gtk_widget_set_visible (self->back_button, !top);
  gtk_widget_set_visible (self->delete_button, in_editor);
  gtk_widget_set_visible (self->coverage_button, !in_coverage);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.back", !top);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.delete", in_editor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.copy-text", in_editor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.export-story", in_editor);

  if (!top)
    adw_window_title_set_subtitle (self->window_title, NULL);

  if (in_editor)
    adw_window_title_set_title (self->window_title, _("Story"));
  else if (in_coverage)
    adw_window_title_set_title (self->window_title, _("Coverage"));
  else
    adw_window_title_set_title (self->window_title, _("Stories"));
}

void
cal_stories_view_show_page (CalStoriesView *self,
                            const char     *page)
{
  gtk_stack_set_visible_child_name (self->stack, page);
  update_chrome (self);
}

static void
open_editor (CalStoriesView *self,
             CalStory       *story)
{
  cal_story_editor_set_story (self->editor, story);
  cal_stories_view_show_page (self, "editor");
}

static CalStory *
create_story (CalStoriesView *self,
              const char     *level,
              const char     *track,
              GError        **error)
{
  g_autoptr(CalStory) story = cal_story_new ();
  CalStore *store = cal_stories_view_get_store (self);

  if (level == NULL || *level == '\0')
    {
      g_autoptr(GListModel) jobs = cal_store_list_jobs (store, NULL);
      g_autoptr(CalJob) latest = jobs != NULL && g_list_model_get_n_items (jobs) > 0
                                   ? g_list_model_get_item (jobs, 0) : NULL;

      /* Most people write for the job they are applying to now. */
      level = latest != NULL && *cal_job_get_level (latest) != '\0' ? cal_job_get_level (latest) : "senior";
      cal_story_set_target_level (story, level);
      if (latest != NULL && (track == NULL || *track == '\0'))
        cal_story_set_track (story, cal_job_get_track (latest));
    }
  else
    cal_story_set_target_level (story, level);
  if (track != NULL && *track != '\0')
    cal_story_set_track (story, track);

  /* Stored at once: links to questions need its id, and the row in the
   * database means a crash right after "New Story" leaves a story behind,
   * not a half-written one. */
  if (!cal_store_save_story (store, story, error))
    return NULL;

  return g_steal_pointer (&story);
}

static void
new_story_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CalStoriesView *self = CAL_STORIES_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStory) story = NULL;

  if (cal_stories_view_get_store (self) == NULL)
    return;

  cal_stories_view_flush_edits (self);
  story = create_story (self, NULL, NULL, &error);
  if (story == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  cal_stories_view_reload_list (self);
  open_editor (self, story);
  cal_story_editor_focus_title (self->editor);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalStoriesView *self = CAL_STORIES_VIEW (widget);

  cal_stories_view_flush_edits (self);
  cal_story_editor_set_story (self->editor, NULL);
  cal_stories_view_show_page (self, "list");
  cal_stories_view_reload_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
coverage_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CalStoriesView *self = CAL_STORIES_VIEW (widget);

  cal_stories_view_flush_edits (self);
  cal_story_editor_set_story (self->editor, NULL);
  cal_coverage_view_reload (self->coverage);
  cal_stories_view_show_page (self, "coverage");
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CalStoriesView *self = CAL_STORIES_VIEW (widget);
  CalStory *story = cal_story_editor_get_story (self->editor);

  if (story != NULL)
    cal_stories_view_delete_story (self, cal_story_get_id (story));
}

static void
delete_story_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  cal_stories_view_delete_story (CAL_STORIES_VIEW (widget), g_variant_get_int64 (parameter));
}

/* Shortcuts only act while the section is on screen, so that Ctrl+N in
 * another section reaches that section. */
static gboolean
new_shortcut_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  gtk_widget_activate_action (widget, "stories.new", NULL);
  return TRUE;
}

static gboolean
search_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  CalStoriesView *self = CAL_STORIES_VIEW (widget);

  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") != 0)
    gtk_widget_activate_action (widget, "stories.back", NULL);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

static void
on_search_changed (CalStoriesView *self)
{
  cal_stories_view_apply_search (self, TRUE);
}

static void
on_search_activate (CalStoriesView *self)
{
  g_autoptr(CalStory) first = NULL;

  /* Enter may come before the entry's search delay has run: search now so
   * that Enter opens the best match for what is typed. */
  cal_stories_view_apply_search (self, TRUE);
  if (!self->loaded)
    {
      self->open_first_when_loaded = TRUE;
      return;
    }
  first = g_list_model_get_item (G_LIST_MODEL (self->sorted), 0);
  if (first != NULL)
    cal_stories_view_open_story (self, cal_story_get_id (first));
}

static void
on_tag_selected (CalStoriesView *self)
{
  guint selected = gtk_drop_down_get_selected (self->tag_dropdown);

  if (self->filling_tags)
    return;

  g_clear_pointer (&self->tag, g_free);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    self->tag = g_strdup (gtk_string_list_get_string (self->tag_names, selected));
  cal_stories_view_refilter (self);
}

static void
on_list_activate (CalStoriesView *self,
                  guint           position)
{
  g_autoptr(CalStory) story = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (story != NULL)
    cal_stories_view_open_story (self, cal_story_get_id (story));
}

static void
on_child_message (CalStoriesView *self,
                  const char     *text)
{
  cal_section_toast_message (CAL_SECTION (self), text);
}

static void
on_coverage_open_story (CalStoriesView *self,
                        gint64          story_id)
{
  cal_stories_view_open_story (self, story_id);
}

static void
on_coverage_write_story (CalStoriesView *self,
                         CalQuestion    *question)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStory) story = NULL;
  g_autoptr(CalJob) job = NULL;
  CalStore *store = cal_stories_view_get_store (self);

  if (store == NULL)
    return;

  if (cal_question_get_job_id (question) != 0)
    job = cal_store_get_job (store, cal_question_get_job_id (question), NULL);

  story = create_story (self,
                        job != NULL ? cal_job_get_level (job) : NULL,
                        job != NULL ? cal_job_get_track (job) : NULL,
                        &error);
  if (story == NULL ||
      !cal_store_link_story_question (store, cal_story_get_id (story), cal_question_get_id (question), &error))
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  open_editor (self, story);
  cal_story_editor_focus_title (self->editor);
}

static void
on_context_notify (CalStoriesView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  cal_story_editor_set_context (self->editor, context);
  cal_coverage_view_set_context (self->coverage, context);
  cal_stories_view_reload_list (self);
}

static void
cal_stories_view_dispose (GObject *object)
{
  CalStoriesView *self = CAL_STORIES_VIEW (object);

  /* A delete whose toast is still up is final when the view goes away. */
  cal_stories_view_commit_delete (self, FALSE);
  if (self->delete_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->delete_toast, self);
      g_clear_object (&self->delete_toast);
    }

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->slots);
  g_clear_object (&self->sorted);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->stories);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->tag_names);

  G_OBJECT_CLASS (cal_stories_view_parent_class)->dispose (object);
}

static void
cal_stories_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CalStoriesView *self = CAL_STORIES_VIEW (object);

  switch (prop_id)
    {
    case CAL_STORIES_VIEW_PROP_LOADING:
      g_value_set_boolean (value, cal_stories_view_get_loading (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_stories_view_finalize (GObject *object)
{
  CalStoriesView *self = CAL_STORIES_VIEW (object);

  g_clear_pointer (&self->tag, g_free);

  G_OBJECT_CLASS (cal_stories_view_parent_class)->finalize (object);
}

static void
cal_stories_view_class_init (CalStoriesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_stories_view_dispose;
  object_class->finalize = cal_stories_view_finalize;
  object_class->get_property = cal_stories_view_get_property;

  /**
   * CalStoriesView:loading:
   *
   * Whether the bank is being read; the list is filled when it turns
   * %FALSE.
   */
  cal_stories_view_properties[CAL_STORIES_VIEW_PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, CAL_STORIES_VIEW_N_PROPS, cal_stories_view_properties);

  g_type_ensure (CAL_TYPE_STORY_EDITOR);
  g_type_ensure (CAL_TYPE_COVERAGE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-stories-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, back_button);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, window_title);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, new_button);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, coverage_button);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, delete_button);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, stack);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, list_view);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, editor);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, coverage);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_tag_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_child_message);
  gtk_widget_class_bind_template_callback (widget_class, on_coverage_open_story);
  gtk_widget_class_bind_template_callback (widget_class, on_coverage_write_story);

  gtk_widget_class_install_action (widget_class, "stories.new", NULL, new_story_action);
  gtk_widget_class_install_action (widget_class, "stories.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "stories.coverage", NULL, coverage_action);
  gtk_widget_class_install_action (widget_class, "stories.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "stories.delete-story", "x", delete_story_action);
  cal_stories_interop_install_actions (widget_class);
}

static void
cal_stories_view_init (CalStoriesView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->stories = g_list_store_new (CAL_TYPE_STORY);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->filter = gtk_custom_filter_new (cal_stories_view_filter_story, self, NULL);
  /* Without filter and sorter until a search or a tag needs them. */
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->stories)), NULL);
  self->sorter = gtk_custom_sorter_new (cal_stories_view_compare_stories, self, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (cal_stories_view_setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (cal_stories_view_bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (cal_stories_view_unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  /* A chunk of rows fills the first screen; 200 is what GTK 4.8's list
   * view builds at most. */
  self->slots = cal_slot_model_new (G_LIST_MODEL (self->sorted), 25, 200);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->slots)))));

  self->tag_names = gtk_string_list_new ((const char *[]) { _("All Tags"), NULL });
  gtk_drop_down_set_model (self->tag_dropdown, G_LIST_MODEL (self->tag_names));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));

  /* Global scope: Ctrl+N and Ctrl+F work wherever focus is in the window,
   * as long as this section is the one on screen. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (new_shortcut_cb, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (search_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_notify), NULL);
  g_signal_connect_swapped (self, "notify::folded", G_CALLBACK (update_chrome), self);
  g_signal_connect_swapped (self->stack, "notify::visible-child-name", G_CALLBACK (update_chrome), self);

  /* Not "No Stories Yet" before the bank is read. */
  gtk_stack_set_visible_child_name (self->stack, "list");
  cal_stories_view_update_list_page (self);
  update_chrome (self);
}

GtkWidget *
cal_stories_view_new (void)
{
  return g_object_new (CAL_TYPE_STORIES_VIEW, NULL);
}

/**
 * cal_stories_view_get_page:
 * @self: a #CalStoriesView
 *
 * Returns: "empty", "list", "editor" or "coverage"
 */
const char *
cal_stories_view_get_page (CalStoriesView *self)
{
  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * cal_stories_view_get_stories:
 * @self: a #CalStoriesView
 *
 * Returns: (transfer none): the stories the list shows, after search and
 *   tag filter
 */
GListModel *
cal_stories_view_get_stories (CalStoriesView *self)
{
  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

CalStoryEditor *
cal_stories_view_get_editor (CalStoriesView *self)
{
  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), NULL);

  return self->editor;
}

CalCoverageView *
cal_stories_view_get_coverage (CalStoriesView *self)
{
  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), NULL);

  return self->coverage;
}

/**
 * cal_stories_view_open_story:
 * @self: a #CalStoriesView
 * @story_id: a stored story
 *
 * Loads the whole story and shows it in the editor.
 *
 * Returns: %TRUE if the story could be read
 */
gboolean
cal_stories_view_open_story (CalStoriesView *self,
                             gint64          story_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStory) story = NULL;
  CalStore *store;

  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), FALSE);

  store = cal_stories_view_get_store (self);
  if (store == NULL)
    return FALSE;

  cal_stories_view_flush_edits (self);
  story = cal_store_get_story (store, story_id, &error);
  if (story == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      cal_stories_view_reload_list (self);
      return FALSE;
    }

  open_editor (self, story);
  return TRUE;
}

/**
 * cal_stories_view_reload:
 * @self: a #CalStoriesView
 *
 * Reads the list again, e.g. after stories were added from outside it.
 */
void
cal_stories_view_reload (CalStoriesView *self)
{
  g_return_if_fail (CAL_IS_STORIES_VIEW (self));

  cal_stories_view_reload_list (self);
}

/**
 * cal_stories_view_get_loading:
 * @self: a #CalStoriesView
 *
 * Returns: %TRUE while the bank is being read in the background; the list
 *   holds what was read last (nothing before the first read)
 */
gboolean
cal_stories_view_get_loading (CalStoriesView *self)
{
  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), FALSE);

  return self->load_cancellable != NULL;
}
