/* cal-jd-import-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-jd-analyzer.h"
#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_TYPE_JD_IMPORT_DIALOG (cal_jd_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CalJdImportDialog, cal_jd_import_dialog, CAL, JD_IMPORT_DIALOG, AdwWindow)

CalJdImportDialog *cal_jd_import_dialog_new       (GtkWindow         *parent,
                                                   CalStore          *store,
                                                   CalJdAnalyzer     *analyzer);
void               cal_jd_import_dialog_open_file (CalJdImportDialog *self,
                                                   GFile             *file);
void               cal_jd_import_dialog_analyze   (CalJdImportDialog *self);
gboolean           cal_jd_import_dialog_get_busy  (CalJdImportDialog *self);
const char        *cal_jd_import_dialog_get_error (CalJdImportDialog *self);

void               cal_jd_import_text_async       (CalStore            *store,
                                                   CalJdAnalyzer       *analyzer,
                                                   const char          *text,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
CalJob            *cal_jd_import_text_finish      (GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS
