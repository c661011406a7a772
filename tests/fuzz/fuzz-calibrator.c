/* fuzz-calibrator.c — story calibration on free text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cal-calibrator.h"
#include "cal-fuzz.h"
#include "cal-lexicon.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *levels[] = { "junior", "mid", "senior", "staff", "principal", "director", "vp" };
  static CalCalibrator *calibrator;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  CalCalibration *calibration;

  cal_fuzz_init_once ();

  if (calibrator == NULL)
    calibrator = cal_calibrator_new (cal_lexicon_get_default ());

  if (size < 1)
    return 0;

  /* The first byte picks the target level. Invalid UTF-8 must come back
   * as an error, never a crash. */
  text = cal_fuzz_dup_text (data + 1, size - 1);
  calibration = cal_calibrator_calibrate_text (calibrator, text, levels[data[0] % G_N_ELEMENTS (levels)], &error);
  g_assert ((calibration == NULL) != (error == NULL));
  if (calibration != NULL)
    {
      JsonNode *node = cal_calibration_to_json (calibration);

      json_node_unref (node);
      g_object_unref (calibration);
    }

  return 0;
}
