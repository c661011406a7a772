/* cal-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-export"

#include "config.h"

#include "cal-export.h"

G_DEFINE_QUARK (cal-export-error-quark, cal_export_error)

/**
 * cal_page_size_from_string:
 * @name: "a4" or "letter" (the GSettings value)
 *
 * Returns: the page size; anything unknown falls back to A4.
 */
CalPageSize
cal_page_size_from_string (const char *name)
{
  if (g_strcmp0 (name, "letter") == 0)
    return CAL_PAGE_SIZE_LETTER;

  return CAL_PAGE_SIZE_A4;
}

/**
 * cal_page_size_get_points:
 * @size: a #CalPageSize
 * @width: (out): width in PostScript points
 * @height: (out): height in PostScript points
 */
void
cal_page_size_get_points (CalPageSize  size,
                          double      *width,
                          double      *height)
{
  switch (size)
    {
    case CAL_PAGE_SIZE_LETTER:
      *width = 612.0;
      *height = 792.0;
      break;

    case CAL_PAGE_SIZE_A4:
    default:
      *width = 595.276;
      *height = 841.89;
      break;
    }
}
