/* fuzz-cv-matcher.c — a CV of any shape against a fixed job
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cal-catalog.h"
#include "cal-cv-matcher.h"
#include "cal-fuzz.h"
#include "cal-jd-analyzer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const char job_text[] =
  "# Senior Backend Engineer\n\nCompany: Example Corp\n\n"
  "## Requirements\n- 5+ years building services in Go or Python\n- PostgreSQL, Kubernetes, Kafka\n"
  "## Nice to have\n- Terraform and AWS\n";

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static CalJdAnalyzer *analyzer;
  static CalCvMatcher *matcher;
  static CalJdAnalysis *analysis;
  g_autofree char *cv = NULL;
  g_autoptr(GError) error = NULL;
  CalCvGapReport *report;

  cal_fuzz_init_once ();

  if (analyzer == NULL)
    {
      analyzer = cal_jd_analyzer_new (cal_catalog_get_default (), &error);
      g_assert (analyzer != NULL);
      analysis = cal_jd_analyzer_analyze (analyzer, job_text, NULL, &error);
      g_assert (analysis != NULL);
      matcher = cal_cv_matcher_new (analyzer);
    }

  cv = cal_fuzz_dup_text (data, size);
  if (!g_utf8_validate (cv, -1, NULL))
    return 0;

  report = cal_cv_matcher_match (matcher, cv, analysis, &error);
  if (report != NULL)
    {
      JsonNode *node = cal_cv_gap_report_to_json (report);

      g_assert (node != NULL);
      json_node_unref (node);
      cal_cv_gap_report_free (report);
    }

  return 0;
}
