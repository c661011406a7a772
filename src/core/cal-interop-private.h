/* cal-interop-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "cal-store.h"

G_BEGIN_DECLS

/* Shared by the Markdown and JSON imports, which write through the raw
 * connection so that they can keep time stamps and run everything in one
 * transaction; the caller holds the store's lock and a transaction. */
int      cal_interop_write_tags     (sqlite3             *db,
                                     gint64               story_id,
                                     const char * const  *tags);
gboolean cal_interop_read_text_file (const char          *path,
                                     gsize                max_size,
                                     char               **contents,
                                     GError             **error);

G_END_DECLS
