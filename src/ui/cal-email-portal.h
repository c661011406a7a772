/* cal-email-portal.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Hands a file to the user's email program through the desktop portal
 * (org.freedesktop.portal.Email), which works inside the Flatpak without
 * any permission. When no portal answers, the call fails with
 * CAL_INTEROP_ERROR_NO_PORTAL and the UI offers "Open Folder" instead;
 * a user who closes the email program's window without sending gets
 * G_IO_ERROR_CANCELLED. Subjects and bodies: cal_share_* in cal-interop.h. */

#pragma once

#include <gtk/gtk.h>

#include "cal-interop.h"

G_BEGIN_DECLS

void     cal_email_portal_compose_async       (GtkWindow            *parent,
                                               GFile                *attachment,
                                               const char           *subject,
                                               const char           *body,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean cal_email_portal_compose_finish      (GAsyncResult         *result,
                                               GError              **error);
void     cal_email_portal_set_response_grace  (guint                 msec);

G_END_DECLS
