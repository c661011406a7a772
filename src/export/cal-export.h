/* cal-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CAL_EXPORT_ERROR (cal_export_error_quark ())

typedef enum
{
  CAL_EXPORT_ERROR_WRITE,
  CAL_EXPORT_ERROR_NO_SPACE,
  CAL_EXPORT_ERROR_EMPTY,
  CAL_EXPORT_ERROR_CANCELLED,
} CalExportError;

typedef enum
{
  CAL_PAGE_SIZE_A4,
  CAL_PAGE_SIZE_LETTER,
} CalPageSize;

GQuark      cal_export_error_quark      (void);
CalPageSize cal_page_size_from_string   (const char  *name);
void        cal_page_size_get_points    (CalPageSize  size,
                                         double      *width,
                                         double      *height);

G_END_DECLS
