/* cal-stories-interop.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Stories section's way in and out: copy a story as text, export it
 * or the whole bank as Markdown notes, import notes after a preview. The
 * asynchronous halves are public so that the tests take the menu's path. */

#pragma once

#include "cal-stories-view.h"

G_BEGIN_DECLS

void       cal_stories_interop_install_actions     (GtkWidgetClass       *widget_class);

void       cal_stories_view_preview_import_async   (CalStoriesView       *self,
                                                    GStrv                 paths,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
GPtrArray *cal_stories_view_preview_import_finish  (CalStoriesView       *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
gboolean   cal_stories_view_apply_import           (CalStoriesView       *self,
                                                    GPtrArray            *items,
                                                    guint                *n_saved,
                                                    GError              **error);
GtkWidget *cal_stories_import_dialog_new           (GtkWindow            *parent,
                                                    GPtrArray            *items);

G_END_DECLS
