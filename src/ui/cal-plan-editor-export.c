/* cal-plan-editor-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-documents.h"
#include "cal-email-portal.h"
#include "cal-export.h"
#include "cal-plan-editor-private.h"

/* The plan editor's PDF export: a save dialog, then the document built on
 * this thread and rendered in a worker, with a cancellable progress bar
 * and a toast that can open the result. */

static void
set_exporting (CalPlanEditor *self,
               GCancellable  *cancellable)
{
  gboolean was = self->export_cancellable != NULL;

  g_set_object (&self->export_cancellable, cancellable);
  gtk_revealer_set_reveal_child (self->export_revealer, cancellable != NULL);
  gtk_spinner_set_spinning (self->export_spinner, cancellable != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.cancel-export", cancellable != NULL);

  if (was != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), cal_plan_editor_properties[CAL_PLAN_EDITOR_PROP_EXPORTING]);
}

static void
on_open_exported (AdwToast   *toast,
                  const char *uri)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    g_warning ("Could not open %s: %s", uri, error->message);
}

typedef struct
{
  CalPlanEditor *self;
  GCancellable  *cancellable;
  GFile         *file;
} ExportData;

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportData *data = user_data;
  CalPlanEditor *self = data->self;
  g_autoptr(GError) error = NULL;

  cal_plan_document_export_finish (result, &error);

  /* A later export may have replaced this one meanwhile. */
  if (self->export_cancellable == data->cancellable)
    set_exporting (self, NULL);

  if (error != NULL &&
      (g_error_matches (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_CANCELLED) ||
       g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)))
    cal_plan_editor_show_message (self, _("Export cancelled"));
  else if (error != NULL)
    cal_plan_editor_show_message (self, error->message);
  else
    {
      g_autofree char *name = g_file_get_basename (data->file);
      AdwToast *toast;

      /* "Send by Email…" in the plan's menu sends this file. */
      if (self->plan != NULL)
        g_set_object (&self->exported_pdf, data->file);

      /* Translators: %s is the file name of the exported PDF */
      toast = adw_toast_new_format (_("Exported “%s”"), name);
      adw_toast_set_button_label (toast, _("_Open"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_exported),
                             g_file_get_uri (data->file), (GClosureNotify) g_free, 0);
      cal_plan_editor_show_toast (self, toast);
    }

  g_object_unref (data->self);
  g_object_unref (data->cancellable);
  g_object_unref (data->file);
  g_free (data);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     CalPlanEditor   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        cal_plan_editor_export_to_file (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

/**
 * cal_plan_editor_export:
 * @self: a #CalPlanEditor
 *
 * Asks where to save the PDF, then exports it.
 */
void
cal_plan_editor_export (CalPlanEditor *self)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  GtkRoot *root;

  g_return_if_fail (CAL_IS_PLAN_EDITOR (self));

  if (self->plan == NULL || self->chooser != NULL)
    return;

  /* File names cannot hold a slash; the rest of the title is kept. */
  name = g_strdup_printf ("%s.pdf", *cal_plan_get_title (self->plan) != '\0' ? cal_plan_get_title (self->plan)
                                                                              : _("First 90 days"));
  g_strdelimit (name, "/\\", '-');

  /* Test and kiosk hook: with CALIBRD_EXPORT_DIR set, Export PDF writes
   * straight into that folder under the suggested name, without a file
   * chooser (which end-to-end tests cannot drive through AT-SPI). */
  if (g_getenv ("CALIBRD_EXPORT_DIR") != NULL && *g_getenv ("CALIBRD_EXPORT_DIR") != '\0')
    {
      g_autoptr(GFile) file = g_file_new_build_filename (g_getenv ("CALIBRD_EXPORT_DIR"), name, NULL);

      cal_plan_editor_export_to_file (self, file);
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->chooser = gtk_file_chooser_native_new (_("Export Plan as PDF"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * cal_plan_editor_export_to_file:
 * @self: a #CalPlanEditor
 * @file: where to write the PDF
 *
 * Exports the plan as shown to @file in a worker thread, with a progress
 * bar that can cancel it. A toast reports the result; on success its
 * Open button opens the PDF.
 */
void
cal_plan_editor_export_to_file (CalPlanEditor *self,
                                GFile         *file)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autofree char *path = NULL;
  g_autofree char *page_size = NULL;
  ExportData *data;

  g_return_if_fail (CAL_IS_PLAN_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->plan == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      cal_plan_editor_show_message (self, _("This location cannot be written to. Choose a folder on this computer."));
      return;
    }

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);

  items = cal_plan_editor_list_items (self);
  page_size = g_settings_get_string (cal_context_get_settings (self->context), "page-size");
  cancellable = g_cancellable_new ();
  set_exporting (self, cancellable);

  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->cancellable = g_object_ref (cancellable);
  data->file = g_object_ref (file);

  /* The document is built here, from the objects on this thread; only the
   * rendering runs in a worker. */
  cal_plan_document_export_async (self->plan, items, self->job, cal_page_size_from_string (page_size),
                                  path, cancellable, on_export_done, data);
}

void
cal_plan_editor_cancel_export (CalPlanEditor *self)
{
  g_return_if_fail (CAL_IS_PLAN_EDITOR (self));

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

gboolean
cal_plan_editor_get_exporting (CalPlanEditor *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_EDITOR (self), FALSE);

  return self->export_cancellable != NULL;
}


static void
on_no_portal_response (AdwMessageDialog *dialog,
                       const char       *response,
                       GFile            *folder)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  if (g_strcmp0 (response, "open-folder") != 0)
    return;

  uri = g_file_get_uri (folder);
  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    g_warning ("Could not open %s: %s", uri, error->message);
}

typedef struct
{
  GtkWindow *parent;
  GFile     *attachment;
} SendData;

static void
send_data_free (SendData *data)
{
  g_clear_object (&data->parent);
  g_clear_object (&data->attachment);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendData, send_data_free)

static void
on_send_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SendData) data = user_data;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  if (cal_email_portal_compose_finish (result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Without a portal, the user can still attach the file by hand. */
  folder = g_file_get_parent (data->attachment);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (data->parent, _("No Email Program Answered"),
                                                       error->message));
  adw_message_dialog_add_responses (dialog,
                                    "close", _("_Close"),
                                    "open-folder", _("_Open Folder"),
                                    NULL);
  adw_message_dialog_set_default_response (dialog, "open-folder");
  adw_message_dialog_set_close_response (dialog, "close");
  if (folder != NULL)
    g_signal_connect_data (dialog, "response", G_CALLBACK (on_no_portal_response),
                           g_steal_pointer (&folder), (GClosureNotify) g_object_unref, 0);
  else
    adw_message_dialog_set_response_enabled (dialog, "open-folder", FALSE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Hands @attachment to the email program. If no email portal answers,
 * a dialog says so and offers to open the file's folder instead; a user
 * who cancels in the email program hears nothing more. */
static void
send_by_email (GtkWidget  *from,
                       GFile      *attachment,
                       const char *subject,
                       const char *body)
{
  SendData *data;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (G_IS_FILE (attachment));

  root = gtk_widget_get_root (from);
  data = g_new0 (SendData, 1);
  data->parent = GTK_IS_WINDOW (root) ? g_object_ref (GTK_WINDOW (root)) : NULL;
  data->attachment = g_object_ref (attachment);

  cal_email_portal_compose_async (data->parent, attachment, subject, body, NULL, on_send_done, data);
}

/**
 * cal_plan_editor_email_pdf:
 * @self: a #CalPlanEditor
 *
 * Hands the plan's last exported PDF to the email program, with a
 * subject and a note naming the role. Without an exported PDF it says to
 * export one first.
 */
void
cal_plan_editor_email_pdf (CalPlanEditor *self)
{
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  const char *role = NULL, *company = NULL;

  g_return_if_fail (CAL_IS_PLAN_EDITOR (self));

  if (self->plan == NULL)
    return;

  if (self->exported_pdf == NULL || !g_file_query_exists (self->exported_pdf, NULL))
    {
      cal_plan_editor_show_message (self, _("Export the plan as a PDF first, then send it"));
      return;
    }

  if (self->job != NULL)
    {
      role = cal_job_get_title (self->job);
      company = cal_job_get_company (self->job);
    }
  subject = cal_share_subject_for_plan (role, company);
  body = cal_share_body_for_plan (role, company);
  send_by_email (GTK_WIDGET (self), self->exported_pdf, subject, body);
}
