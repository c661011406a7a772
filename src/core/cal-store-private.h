/* cal-store-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "cal-store.h"

G_BEGIN_DECLS

/* For the backup code, tests and the benchmark: the raw connection. Hold
 * the store's lock for as long as it is used. */
void     cal_store_lock             (CalStore     *self);
void     cal_store_unlock           (CalStore     *self);
sqlite3 *cal_store_get_connection   (CalStore     *self);
void     cal_store_set_sqlite_error (GError      **error,
                                     sqlite3      *db,
                                     int           rc,
                                     const char   *path);
void     cal_store_set_full_check_max_bytes (gsize     bytes);

G_END_DECLS
