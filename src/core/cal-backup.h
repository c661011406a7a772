/* cal-backup.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_BACKUP_ERROR (cal_backup_error_quark ())

/**
 * CalBackupError:
 * @CAL_BACKUP_ERROR_FAILED: the backup or restore could not be written
 * @CAL_BACKUP_ERROR_INVALID: the file is not a usable Calibrd backup
 * @CAL_BACKUP_ERROR_TOO_NEW: the backup comes from a newer Calibrd
 */
typedef enum
{
  CAL_BACKUP_ERROR_FAILED,
  CAL_BACKUP_ERROR_INVALID,
  CAL_BACKUP_ERROR_TOO_NEW,
} CalBackupError;

GQuark   cal_backup_error_quark (void);

gboolean cal_backup_create      (CalStore     *store,
                                 const char   *destination,
                                 guint        *n_recordings,
                                 GError      **error);
gboolean cal_backup_validate    (const char   *backup,
                                 int          *schema_version,
                                 GError      **error);
gboolean cal_backup_restore     (const char   *backup,
                                 const char   *database,
                                 char        **previous,
                                 GError      **error);

G_END_DECLS
