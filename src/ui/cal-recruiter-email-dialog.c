/* cal-recruiter-email-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-recruiter-email-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-recruiter-email.h"
#include "cal-recruiter-email-dialog.h"

/* Shows the drafted email asking the recruiter for the real loop. The text
 * is the user's to change; it is not stored, because the draft can always
 * be made again from the job and the sent email lives in the mail program. */

struct _CalRecruiterEmailDialog
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *subject_row;
  GtkTextView     *text_view;
};

G_DEFINE_FINAL_TYPE (CalRecruiterEmailDialog, cal_recruiter_email_dialog, ADW_TYPE_WINDOW)

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalRecruiterEmailDialog *self = CAL_RECRUITER_EMAIL_DIALOG (widget);
  g_autofree char *body = cal_recruiter_email_dialog_dup_body (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), body);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Email copied to the clipboard")));
}

static void
cal_recruiter_email_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CAL_TYPE_RECRUITER_EMAIL_DIALOG);

  G_OBJECT_CLASS (cal_recruiter_email_dialog_parent_class)->dispose (object);
}

static void
cal_recruiter_email_dialog_class_init (CalRecruiterEmailDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_recruiter_email_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-recruiter-email-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CalRecruiterEmailDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CalRecruiterEmailDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, CalRecruiterEmailDialog, text_view);

  gtk_widget_class_install_action (widget_class, "email.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cal_recruiter_email_dialog_init (CalRecruiterEmailDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cal_recruiter_email_dialog_new:
 * @parent: (nullable): the window to be modal for
 * @analysis: the job's analysis
 *
 * Returns: (transfer none): a new dialog holding a fresh draft
 */
CalRecruiterEmailDialog *
cal_recruiter_email_dialog_new (GtkWindow     *parent,
                                CalJdAnalysis *analysis)
{
  CalRecruiterEmailDialog *self;
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (analysis), NULL);

  self = g_object_new (CAL_TYPE_RECRUITER_EMAIL_DIALOG, "transient-for", parent, NULL);
  body = cal_recruiter_email_draft (analysis, NULL, NULL, &subject);
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row), subject != NULL ? subject : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), body, -1);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->text_view));

  return self;
}

/**
 * cal_recruiter_email_dialog_dup_body:
 * @self: a #CalRecruiterEmailDialog
 *
 * Returns: (transfer full): the email text as the user left it
 */
char *
cal_recruiter_email_dialog_dup_body (CalRecruiterEmailDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (CAL_IS_RECRUITER_EMAIL_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}
