/* cal-documents.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-job.h"
#include "cal-plan.h"
#include "cal-story.h"
#include "cal-pdf-writer.h"

G_BEGIN_DECLS

/**
 * CalStoryVerdictFunc:
 * @story: the story about to be printed
 * @user_data: the data given with the function
 *
 * Returns the calibration verdict line of @story, e.g. "At Staff: the
 * result is measured and the scope is multi-team", or %NULL to print none.
 * Called on the thread that builds the document (the caller's), so it
 * may use the calibrator freely.
 *
 * Returns: (transfer full) (nullable): the verdict
 */
typedef char *(*CalStoryVerdictFunc) (CalStory *story,
                                      gpointer  user_data);

CalPdfWriter *cal_plan_document_new              (CalPlan              *plan,
                                                  GListModel           *items,
                                                  CalJob               *job,
                                                  GDateTime            *date,
                                                  CalPageSize           page_size);
void          cal_plan_document_export_async     (CalPlan              *plan,
                                                  GListModel           *items,
                                                  CalJob               *job,
                                                  CalPageSize           page_size,
                                                  const char           *path,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean      cal_plan_document_export_finish    (GAsyncResult         *result,
                                                  GError              **error);

CalPdfWriter *cal_stories_document_new           (GListModel           *stories,
                                                  const char           *filter_label,
                                                  CalStoryVerdictFunc   verdict_func,
                                                  gpointer              verdict_data,
                                                  GDateTime            *date,
                                                  CalPageSize           page_size);
void          cal_stories_document_export_async  (GListModel           *stories,
                                                  const char           *filter_label,
                                                  CalStoryVerdictFunc   verdict_func,
                                                  gpointer              verdict_data,
                                                  CalPageSize           page_size,
                                                  const char           *path,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean      cal_stories_document_export_finish (GAsyncResult         *result,
                                                  GError              **error);

CalPdfWriter *cal_prep_document_new              (CalJob               *job,
                                                  GHashTable           *mapped_stories,
                                                  const char * const   *gaps,
                                                  GDateTime            *date,
                                                  CalPageSize           page_size,
                                                  GError              **error);
void          cal_prep_document_export_async     (CalJob               *job,
                                                  GHashTable           *mapped_stories,
                                                  const char * const   *gaps,
                                                  CalPageSize           page_size,
                                                  const char           *path,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean      cal_prep_document_export_finish    (GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
