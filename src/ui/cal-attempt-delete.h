/* cal-attempt-delete.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-practice.h"
#include "cal-store.h"

G_BEGIN_DECLS

GtkWidget *cal_attempt_delete_dialog_new (GtkWidget    *parent,
                                          const char   *body);
gboolean   cal_attempt_delete            (CalStore     *store,
                                          CalPractice  *practice,
                                          GError      **error);

G_END_DECLS
