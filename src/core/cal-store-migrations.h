/* cal-store-migrations.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

int      cal_store_migrations_get_latest (void);
gboolean cal_store_migrations_apply      (sqlite3  *db,
                                          int       target,
                                          GError  **error);

G_END_DECLS
