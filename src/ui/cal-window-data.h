/* cal-window-data.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window's data actions (primary menu): win.back-up,
 * win.restore and win.export-all. The asynchronous halves are public so
 * that the tests go through the same code as the menu. */

#pragma once

#include "cal-window.h"

G_BEGIN_DECLS

void     cal_window_data_install_actions (GtkWidgetClass       *widget_class);

void     cal_window_back_up_async        (CalWindow            *self,
                                          const char           *path,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean cal_window_back_up_finish       (CalWindow            *self,
                                          GAsyncResult         *result,
                                          GError              **error);
void     cal_window_export_all_async     (CalWindow            *self,
                                          const char           *path,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean cal_window_export_all_finish    (CalWindow            *self,
                                          GAsyncResult         *result,
                                          GError              **error);

G_END_DECLS
