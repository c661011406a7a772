/* cal-stories-interop.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-stories-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-story-markdown.h"
#include "cal-stories-interop.h"

typedef struct
{
  CalStore   *store;
  GListModel *stories;   /* NULL for the whole bank */
  char       *dir;
  GStrv       paths;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->store);
  g_clear_object (&job->stories);
  g_free (job->dir);
  g_strfreev (job->paths);
  g_free (job);
}

static CalStore *
get_store (CalStoriesView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  return context != NULL ? cal_context_get_store (context) : NULL;
}

/* Files get what the editor shows, pending edits included. */
static gboolean
flush_edits (CalStoriesView  *self,
             GError         **error)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  return context == NULL || cal_autosave_flush (cal_context_get_autosave (context), error);
}

static CalStory *
current_story (CalStoriesView *self)
{
  return cal_story_editor_get_story (cal_stories_view_get_editor (self));
}

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* --- copy ------------------------------------------------------------------ */

static void
copy_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CalStoriesView *self = CAL_STORIES_VIEW (widget);
  CalStory *story = current_story (self);
  g_autofree char *text = NULL;

  if (story == NULL)
    return;

  text = cal_story_to_text (story);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  cal_section_toast_message (CAL_SECTION (self), _("Story copied as text"));
}

/* --- export ---------------------------------------------------------------- */

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GPtrArray) files = NULL;
  GError *error = NULL;

  if (!cal_story_markdown_export (job->store, job->stories, job->dir, &files, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&files), (GDestroyNotify) g_ptr_array_unref);
}

static void
on_export_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  CalStoriesView *self = CAL_STORIES_VIEW (object);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  files = g_task_propagate_pointer (G_TASK (result), &error);
  if (files == NULL)
    message = g_strdup_printf (_("Could not export: %s"), error->message);
  else if (files->len == 1)
    {
      g_autofree char *display = g_filename_display_name (g_ptr_array_index (files, 0));

      message = g_strdup_printf (_("Saved as %s"), display);
    }
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u story exported", "%u stories exported",
                                            files->len),
                               files->len);
  cal_section_toast_message (CAL_SECTION (self), message);
}

static void
export_to (CalStoriesView *self,
           const char     *dir,
           gboolean        only_current)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Job *job;

  if (get_store (self) == NULL)
    return;

  if (!flush_edits (self, &error))
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  job = g_new0 (Job, 1);
  job->store = g_object_ref (get_store (self));
  job->dir = g_strdup (dir);
  if (only_current && current_story (self) != NULL)
    {
      GListStore *one = g_list_store_new (CAL_TYPE_STORY);

      g_list_store_append (one, current_story (self));
      job->stories = G_LIST_MODEL (one);
    }

  task = g_task_new (self, NULL, on_export_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
on_export_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            CalStoriesView  *self)
{
  gboolean only_current = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "only-current"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *dir = folder != NULL ? g_file_get_path (folder) : NULL;

      if (dir != NULL)
        export_to (self, dir, only_current);
      else
        cal_section_toast_message (CAL_SECTION (self),
                                   _("This location cannot be written to. Choose a folder on this computer."));
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
show_export_chooser (CalStoriesView *self,
                     const char     *title,
                     gboolean        only_current)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, parent_window (GTK_WIDGET (self)),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Export Here"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "only-current", GINT_TO_POINTER (only_current));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_story_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  if (current_story (CAL_STORIES_VIEW (widget)) != NULL)
    show_export_chooser (CAL_STORIES_VIEW (widget), _("Export Story as Markdown"), TRUE);
}

static void
export_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  show_export_chooser (CAL_STORIES_VIEW (widget), _("Export All Stories as Markdown"), FALSE);
}

/* --- import ---------------------------------------------------------------- */

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_story_import_item_free);

  for (guint i = 0; job->paths[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) items = NULL;
      GError *error = NULL;

      items = cal_story_import_preview (job->store, job->paths[i], &error);
      if (items == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_ptr_array_set_free_func (items, NULL);
      g_ptr_array_extend_and_steal (all, g_steal_pointer (&items));
    }

  g_task_return_pointer (task, g_steal_pointer (&all), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * cal_stories_view_preview_import_async:
 * @self: a #CalStoriesView
 * @paths: Markdown notes or folders of them
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the preview
 * @user_data: data for @callback
 *
 * Reads the notes in a thread and works out what each one maps to,
 * writing nothing.
 */
void
cal_stories_view_preview_import_async (CalStoriesView      *self,
                                       GStrv                paths,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (CAL_IS_STORIES_VIEW (self));
  g_return_if_fail (paths != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cal_stories_view_preview_import_async);
  if (get_store (self) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("There is no open database"));
      return;
    }

  job = g_new0 (Job, 1);
  job->store = g_object_ref (get_store (self));
  job->paths = g_strdupv (paths);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, preview_thread);
}

/**
 * cal_stories_view_preview_import_finish:
 * @self: a #CalStoriesView
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type CalStoryImportItem): one item a note
 */
GPtrArray *
cal_stories_view_preview_import_finish (CalStoriesView  *self,
                                        GAsyncResult    *result,
                                        GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * cal_stories_view_apply_import:
 * @self: a #CalStoriesView
 * @items: (element-type CalStoryImportItem): a preview
 * @n_saved: (out) (optional): how many stories were added
 * @error: return location for a #GError
 *
 * Saves the previewed stories in one transaction and refreshes the list.
 *
 * Returns: %TRUE if they were saved
 */
gboolean
cal_stories_view_apply_import (CalStoriesView  *self,
                               GPtrArray       *items,
                               guint           *n_saved,
                               GError         **error)
{
  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), FALSE);
  g_return_val_if_fail (items != NULL, FALSE);

  if (get_store (self) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("There is no open database"));
      return FALSE;
    }

  if (!flush_edits (self, error) || !cal_story_import_apply (get_store (self), items, n_saved, error))
    return FALSE;

  cal_stories_view_reload (self);
  return TRUE;
}

static GtkWidget *
create_item_row (CalStoryImportItem *item)
{
  g_autofree char *name = g_path_get_basename (item->file);
  g_autoptr(GString) details = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->title != NULL ? item->title : name);

  if (item->skipped != NULL)
    /* Translators: %s is why a note cannot be imported */
    g_string_append_printf (details, _("Not imported: %s"), item->skipped);
  else
    {
      /* Translators: %s is the note's file name */
      g_string_append_printf (details, _("From %s"), name);
      if (item->renamed)
        {
          g_string_append_c (details, '\n');
          g_string_append (details, _("A story with this title exists, so the new one gets a suffix."));
        }
    }
  for (guint i = 0; item->notes != NULL && i < item->notes->len; i++)
    {
      g_string_append_c (details, '\n');
      g_string_append (details, g_ptr_array_index (item->notes, i));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  icon = gtk_image_new_from_icon_name (item->skipped != NULL ? "action-unavailable-symbolic"
                                       : item->notes != NULL && item->notes->len > 0 ? "dialog-warning-symbolic"
                                       : "emblem-ok-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  item->skipped != NULL ? _("Skipped")
                                  : item->notes != NULL && item->notes->len > 0 ? _("Imported in part")
                                  : _("Imported in full"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

/**
 * cal_stories_import_dialog_new:
 * @parent: (nullable): the window
 * @items: (element-type CalStoryImportItem): a preview
 *
 * A dialog listing each note, the title it maps to and what could not be
 * mapped, with "cancel" and "import" responses. "import" is disabled when
 * no note can be imported.
 *
 * Returns: (transfer floating): an #AdwMessageDialog
 */
GtkWidget *
cal_stories_import_dialog_new (GtkWindow *parent,
                               GPtrArray *items)
{
  AdwMessageDialog *dialog;
  GtkWidget *list, *scrolled;
  g_autofree char *heading = NULL;
  guint n_ok = 0;

  g_return_val_if_fail (items != NULL, NULL);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_name (list, "import-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Notes to import"), -1);
  for (guint i = 0; i < items->len; i++)
    {
      CalStoryImportItem *item = g_ptr_array_index (items, i);

      gtk_list_box_append (GTK_LIST_BOX (list), create_item_row (item));
      if (item->skipped == NULL)
        n_ok++;
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Story?", "Import %u Stories?", n_ok), n_ok);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading,
                                                       _("Each note below becomes a story. "
                                                         "What could not be read is listed under it.")));
  adw_message_dialog_set_extra_child (dialog, scrolled);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "import", n_ok > 0);
  adw_message_dialog_set_default_response (dialog, n_ok > 0 ? "import" : "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  return GTK_WIDGET (dialog);
}

static void
on_import_dialog_response (AdwMessageDialog *dialog,
                           const char       *response,
                           CalStoriesView   *self)
{
  GPtrArray *items = g_object_get_data (G_OBJECT (dialog), "items");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = 0;

  if (g_strcmp0 (response, "import") != 0)
    return;

  if (cal_stories_view_apply_import (self, items, &n, &error))
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u story imported", "%u stories imported", n), n);
  else
    message = g_strdup_printf (_("Could not import: %s"), error->message);
  cal_section_toast_message (CAL_SECTION (self), message);
}

static void
on_preview_done (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CalStoriesView *self = CAL_STORIES_VIEW (object);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  items = cal_stories_view_preview_import_finish (self, result, &error);
  if (items == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not import: %s"), error->message);

      cal_section_toast_message (CAL_SECTION (self), message);
      return;
    }
  if (items->len == 0)
    {
      cal_section_toast_message (CAL_SECTION (self), _("No Markdown notes were found there"));
      return;
    }

  dialog = cal_stories_import_dialog_new (parent_window (GTK_WIDGET (self)), items);
  g_object_set_data_full (G_OBJECT (dialog), "items", g_ptr_array_ref (items), (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_import_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            CalStoriesView  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) paths = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          g_autofree char *path = g_file_get_path (file);

          if (path != NULL)
            g_strv_builder_add (builder, path);
        }
      paths = g_strv_builder_end (builder);
      if (paths[0] != NULL)
        cal_stories_view_preview_import_async (self, paths, NULL, on_preview_done, NULL);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Markdown Notes"), parent_window (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Markdown notes"));
  gtk_file_filter_add_mime_type (filter, "text/markdown");
  gtk_file_filter_add_suffix (filter, "md");
  gtk_file_filter_add_suffix (filter, "markdown");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_chooser_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * cal_stories_interop_install_actions:
 * @widget_class: #CalStoriesView's class
 *
 * Installs stories.copy-text (Ctrl+Shift+C), stories.export-story,
 * stories.import-markdown and stories.export-markdown.
 */
void
cal_stories_interop_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "stories.copy-text", NULL, copy_text_action);
  gtk_widget_class_install_action (widget_class, "stories.export-story", NULL, export_story_action);
  gtk_widget_class_install_action (widget_class, "stories.import-markdown", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "stories.export-markdown", NULL, export_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "stories.copy-text", NULL);
}
