/* cal-guide-document.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-catalog.h"
#include "cal-pdf-writer.h"

G_BEGIN_DECLS

CalPdfWriter *cal_guide_document_new            (CalCatalog           *catalog,
                                                 const char           *band_id,
                                                 GDateTime            *date,
                                                 CalPageSize           page_size,
                                                 GError              **error);
void          cal_guide_document_export_async   (CalCatalog           *catalog,
                                                 const char           *band_id,
                                                 CalPageSize           page_size,
                                                 const char           *path,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean      cal_guide_document_export_finish  (GAsyncResult         *result,
                                                 GError              **error);

G_END_DECLS
