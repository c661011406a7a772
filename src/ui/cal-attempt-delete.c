/* cal-attempt-delete.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Deleting an attempt, the same in Practice and Think Aloud: one question
 * first, then the stored attempt goes and its recording with it when the
 * app made that recording.
 */

#define G_LOG_DOMAIN "cal-attempt-delete"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cal-attempt-delete.h"

/**
 * cal_attempt_delete_dialog_new:
 * @parent: a widget in the window to ask over
 * @body: what goes with the attempt, as the view puts it
 *
 * The caller connects #AdwMessageDialog::response ("delete" to go ahead)
 * and presents the dialog.
 *
 * Returns: (transfer none): a new #AdwMessageDialog
 */
GtkWidget *
cal_attempt_delete_dialog_new (GtkWidget  *parent,
                               const char *body)
{
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)),
                                   _("Delete This Attempt?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

/**
 * cal_attempt_delete:
 * @store: the store @practice is in
 * @practice: a stored attempt
 * @error: return location for a #GError
 *
 * Deletes @practice, and its recording if it is in the app's recordings
 * folder.
 *
 * Returns: %TRUE if the attempt is gone
 */
gboolean
cal_attempt_delete (CalStore     *store,
                    CalPractice  *practice,
                    GError      **error)
{
  g_autofree char *audio = NULL;

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (CAL_IS_PRACTICE (practice), FALSE);

  audio = g_strdup (cal_practice_get_audio_path (practice));
  if (!cal_store_delete_practice (store, cal_practice_get_id (practice), error))
    return FALSE;

  /* Only the app's own recordings are removed with the attempt, never a
   * file the user brought in from elsewhere. */
  if (*audio != '\0')
    {
      g_autofree char *recordings = cal_store_dup_recordings_dir (store);
      g_autofree char *dir = g_path_get_dirname (audio);

      if (g_strcmp0 (dir, recordings) == 0)
        g_unlink (audio);
    }
  return TRUE;
}
