/* cal-process-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-context.h"

G_BEGIN_DECLS

#define CAL_TYPE_PROCESS_PAGE (cal_process_page_get_type ())

G_DECLARE_FINAL_TYPE (CalProcessPage, cal_process_page, CAL, PROCESS_PAGE, GtkBox)

GtkWidget *cal_process_page_new            (void);
void       cal_process_page_load           (CalProcessPage *self,
                                            CalContext     *context,
                                            gint64          process_id);
gint64     cal_process_page_get_process_id (CalProcessPage *self);
char      *cal_process_page_dup_title      (CalProcessPage *self);

G_END_DECLS
