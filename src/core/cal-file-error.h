/* cal-file-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  cal_file_error_explain        (GError     **error,
                                         GFile       *file);
GError   *cal_file_error_new_from_errno (const char  *path,
                                         int          saved_errno);

G_END_DECLS
