/* cal-window-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-backup.h"
#include "cal-json-export.h"
#include "cal-window-data.h"

typedef enum
{
  DATA_JOB_BACK_UP,
  DATA_JOB_EXPORT_ALL,
} DataJob;

static void
add_toast (CalWindow  *self,
           const char *message)
{
  cal_window_add_toast (self, adw_toast_new (message));
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
release_application (gpointer data)
{
  g_application_release (data);
  g_object_unref (data);
}

static void
data_job_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CalStore *store = g_object_get_data (G_OBJECT (task), "store");
  DataJob job = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "job"));
  const char *path = task_data;
  GError *error = NULL;
  gboolean ok;

  if (job == DATA_JOB_BACK_UP)
    ok = cal_backup_create (store, path, NULL, &error);
  else
    ok = cal_json_export_write (store, path, NULL, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Pending edits go to the database first (on the main thread, where the
 * autosave lives), so that the file has everything the user sees. */
static void
run_data_job (CalWindow           *self,
              DataJob              job,
              const char          *path,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  CalContext *context = cal_window_get_context (self);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, job == DATA_JOB_BACK_UP ? (gpointer) cal_window_back_up_async
                                                       : (gpointer) cal_window_export_all_async);
  g_task_set_task_data (task, g_strdup (path), g_free);

  if (context == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                               _("There is no open database to save"));
      return;
    }

  if (!cal_autosave_flush (cal_context_get_autosave (context), &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_object_set_data_full (G_OBJECT (task), "store",
                          g_object_ref (cal_context_get_store (context)), g_object_unref);
  g_object_set_data (G_OBJECT (task), "job", GINT_TO_POINTER (job));
  if (g_application_get_default () != NULL)
    {
      /* Released when the task goes, so a quit waits for the file. */
      g_application_hold (g_application_get_default ());
      g_object_set_data_full (G_OBJECT (task), "app", g_object_ref (g_application_get_default ()),
                              release_application);
    }
  g_task_run_in_thread (task, data_job_thread);
}

/**
 * cal_window_back_up_async:
 * @self: a #CalWindow
 * @path: the backup file to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the backup is written
 * @user_data: data for @callback
 *
 * Saves pending edits, then writes a backup of the window's database and
 * recordings to @path in a thread.
 */
void
cal_window_back_up_async (CalWindow           *self,
                          const char          *path,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (CAL_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  run_data_job (self, DATA_JOB_BACK_UP, path, cancellable, callback, user_data);
}

/**
 * cal_window_back_up_finish:
 * @self: a #CalWindow
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the backup was written
 */
gboolean
cal_window_back_up_finish (CalWindow     *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * cal_window_export_all_async:
 * @self: a #CalWindow
 * @path: the JSON file to write (recordings go in a folder beside it)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the export is written
 * @user_data: data for @callback
 *
 * Saves pending edits, then writes all the user's data as portable JSON
 * in a thread.
 */
void
cal_window_export_all_async (CalWindow           *self,
                             const char          *path,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (CAL_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  run_data_job (self, DATA_JOB_EXPORT_ALL, path, cancellable, callback, user_data);
}

/**
 * cal_window_export_all_finish:
 * @self: a #CalWindow
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the export was written
 */
gboolean
cal_window_export_all_finish (CalWindow     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_back_up_done (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CalWindow *self = CAL_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_filename_display_name (g_task_get_task_data (G_TASK (result)));
  g_autofree char *message = NULL;

  if (cal_window_back_up_finish (self, result, &error))
    message = g_strdup_printf (_("Backed up to %s"), display);
  else
    message = g_strdup_printf (_("Could not back up: %s"), error->message);
  add_toast (self, message);
}

static void
on_export_all_done (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  CalWindow *self = CAL_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_filename_display_name (g_task_get_task_data (G_TASK (result)));
  g_autofree char *message = NULL;

  if (cal_window_export_all_finish (self, result, &error))
    message = g_strdup_printf (_("All data exported to %s"), display);
  else
    message = g_strdup_printf (_("Could not export: %s"), error->message);
  add_toast (self, message);
}

static char *
chooser_take_path (GtkNativeDialog *chooser,
                   int              response)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  return file != NULL ? g_file_get_path (file) : NULL;
}

static void
on_back_up_chooser_response (GtkNativeDialog *chooser,
                             int              response,
                             CalWindow       *self)
{
  g_autofree char *path = chooser_take_path (chooser, response);

  if (path != NULL)
    cal_window_back_up_async (self, path, NULL, on_back_up_done, NULL);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
on_export_all_chooser_response (GtkNativeDialog *chooser,
                                int              response,
                                CalWindow       *self)
{
  g_autofree char *path = chooser_take_path (chooser, response);

  if (path != NULL)
    cal_window_export_all_async (self, path, NULL, on_export_all_done, NULL);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
show_save_chooser (CalWindow  *self,
                   const char *title,
                   const char *accept,
                   const char *name,
                   GCallback   on_response)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, accept, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", on_response, self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
back_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_autofree char *date = today ();
  /* Translators: the suggested file name of a backup; %s is the date. */
  g_autofree char *name = g_strdup_printf (_("Calibrd Backup %s.calibrd-backup"), date);

  show_save_chooser (CAL_WINDOW (widget), _("Back Up"), _("_Back Up"), name,
                     G_CALLBACK (on_back_up_chooser_response));
}

static void
export_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autofree char *date = today ();
  /* Translators: the suggested file name of an export; %s is the date. */
  g_autofree char *name = g_strdup_printf (_("Calibrd Data %s.json"), date);

  show_save_chooser (CAL_WINDOW (widget), _("Export All Data"), _("_Export"), name,
                     G_CALLBACK (on_export_all_chooser_response));
}

/* The restore itself belongs to the application: it closes the windows
 * and the database, swaps the files and opens them again. It runs from an
 * idle so that the confirmation dialog is gone before its window is. */
static gboolean
restore_idle_cb (gpointer data)
{
  char *path = data;
  GApplication *app = g_application_get_default ();

  if (CAL_IS_APPLICATION (app))
    cal_application_restore_backup (CAL_APPLICATION (app), path);

  return G_SOURCE_REMOVE;
}

static void
on_restore_dialog_response (AdwMessageDialog *dialog,
                            const char       *response,
                            CalWindow        *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "backup");

  if (g_strcmp0 (response, "restore") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, restore_idle_cb, g_strdup (path), g_free);
}

static void
on_restore_chooser_response (GtkNativeDialog *chooser,
                             int              response,
                             CalWindow       *self)
{
  g_autofree char *path = chooser_take_path (chooser, response);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *body = NULL;
  CalContext *context = cal_window_get_context (self);
  AdwMessageDialog *dialog;
  int schema_version = 0;

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (path == NULL)
    return;

  if (!cal_backup_validate (path, &schema_version, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not restore: %s"), error->message);

      add_toast (self, message);
      return;
    }

  if (context != NULL)
    kept = g_strdup_printf ("%s.before-restore-…", cal_store_get_path (cal_context_get_store (context)));
  body = g_strdup_printf (_("Your current data is kept beside it as %s, and Calibrd reopens with the backup."),
                          kept != NULL ? kept : "");

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Replace Your Data with This Backup?"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup", g_steal_pointer (&path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Restore from Backup"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Calibrd backups"));
  gtk_file_filter_add_pattern (filter, "*.calibrd-backup");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_restore_chooser_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * cal_window_data_install_actions:
 * @widget_class: #CalWindow's class
 *
 * Installs win.back-up, win.restore and win.export-all.
 */
void
cal_window_data_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.back-up", NULL, back_up_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "win.export-all", NULL, export_all_action);
}
