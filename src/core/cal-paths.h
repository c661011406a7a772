/* cal-paths.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *cal_paths_get_data_dir       (void);
char     *cal_paths_get_database_path  (void);
char     *cal_paths_get_recordings_dir (void);
gboolean  cal_paths_ensure_private_dir (const char  *path,
                                        GError     **error);

G_END_DECLS
