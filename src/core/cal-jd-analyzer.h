/* cal-jd-analyzer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-catalog.h"
#include "cal-jd-analysis.h"

G_BEGIN_DECLS

#define CAL_JD_ERROR (cal_jd_error_quark ())

/**
 * CalJdError:
 * @CAL_JD_ERROR_EMPTY: there is no text to analyse
 * @CAL_JD_ERROR_TOO_SHORT: the text is too short to be a job description
 * @CAL_JD_ERROR_INVALID: the text is not valid UTF-8 or a stored analysis is damaged
 * @CAL_JD_ERROR_TOO_LARGE: the text is larger than %CAL_TEXT_MAX_SIZE
 * @CAL_JD_ERROR_RULES: the analyzer's rule file is missing or broken
 */
typedef enum
{
  CAL_JD_ERROR_EMPTY,
  CAL_JD_ERROR_TOO_SHORT,
  CAL_JD_ERROR_INVALID,
  CAL_JD_ERROR_TOO_LARGE,
  CAL_JD_ERROR_RULES,
} CalJdError;

GQuark cal_jd_error_quark (void);

#define CAL_TYPE_JD_ANALYZER (cal_jd_analyzer_get_type ())

G_DECLARE_FINAL_TYPE (CalJdAnalyzer, cal_jd_analyzer, CAL, JD_ANALYZER, GObject)

CalJdAnalyzer *cal_jd_analyzer_new           (CalCatalog     *catalog,
                                              GError        **error);
CalCatalog    *cal_jd_analyzer_get_catalog   (CalJdAnalyzer  *self);
CalJdAnalysis *cal_jd_analyzer_analyze       (CalJdAnalyzer  *self,
                                              const char     *text,
                                              GHashTable     *front_matter,
                                              GError        **error);
CalJdAnalysis *cal_jd_analyzer_analyze_bytes (CalJdAnalyzer  *self,
                                              GBytes         *bytes,
                                              const char     *file_name,
                                              GError        **error);
GPtrArray     *cal_jd_analyzer_find_skills   (CalJdAnalyzer  *self,
                                              const char     *text);

G_END_DECLS
