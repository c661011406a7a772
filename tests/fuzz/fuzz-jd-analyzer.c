/* fuzz-jd-analyzer.c — JD analysis on any text the reader lets through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cal-catalog.h"
#include "cal-fuzz.h"
#include "cal-jd-analyzer.h"
#include "cal-text-extract.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static CalJdAnalyzer *analyzer;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CalExtractedText) extracted = NULL;
  g_autoptr(CalJdAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;

  cal_fuzz_init_once ();

  if (analyzer == NULL)
    {
      analyzer = cal_jd_analyzer_new (cal_catalog_get_default (), &error);
      g_assert (analyzer != NULL);
    }

  /* Through the reader first, as the app does: the analyzer only ever sees
   * valid UTF-8 and the front matter the reader found. */
  bytes = g_bytes_new (data, size);
  extracted = cal_text_extract (bytes, "jd.md", NULL, &error);
  if (extracted == NULL)
    return 0;

  analysis = cal_jd_analyzer_analyze (analyzer, extracted->text, extracted->front_matter, &error);
  if (analysis != NULL)
    {
      g_autofree char *json = cal_jd_analysis_to_json_string (analysis);

      g_assert (json != NULL && g_utf8_validate (json, -1, NULL));
    }

  return 0;
}
