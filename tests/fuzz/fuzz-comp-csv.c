/* fuzz-comp-csv.c — the compensation CSV a user imports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cal-comp-csv.h"
#include "cal-fuzz.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *copy = NULL;
  g_autoptr(CalCompImport) import = NULL;
  g_autoptr(GError) error = NULL;

  cal_fuzz_init_once ();

  /* The parser takes a length: give it an exact-size copy, not
   * NUL-terminated, so ASan sees any read past the end. */
  copy = g_memdup2 (data, size);
  import = cal_comp_csv_parse (copy, size, &error);
  g_assert ((import == NULL) == (error != NULL));
  if (import == NULL)
    return 0;

  for (guint i = 0; i < import->points->len; i++)
    {
      CalCompPoint *point = g_ptr_array_index (import->points, i);

      g_assert (point->company != NULL && g_utf8_validate (point->company, -1, NULL));
      g_assert (point->level != NULL && g_utf8_validate (point->level, -1, NULL));
      g_assert (point->currency != NULL && g_utf8_validate (point->currency, -1, NULL));
      (void) cal_comp_point_total (point);
    }
  for (guint i = 0; i < import->bad_rows->len; i++)
    {
      CalCompBadRow *bad = g_ptr_array_index (import->bad_rows, i);

      g_assert (bad->reason != NULL && g_utf8_validate (bad->reason, -1, NULL));
    }
  if (import->points->len > 0)
    {
      CalCompPoint *first = g_ptr_array_index (import->points, 0);
      guint n = 0;

      (void) cal_comp_percentile (import->points, first->currency, first->level, 100000, &n);
      g_assert (n <= import->points->len);
    }

  return 0;
}
