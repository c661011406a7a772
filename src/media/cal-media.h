/* cal-media.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CAL_MEDIA_ERROR (cal_media_error_quark ())

typedef enum
{
  CAL_MEDIA_ERROR_MISSING_PLUGIN,
  CAL_MEDIA_ERROR_NO_INPUT,
  CAL_MEDIA_ERROR_DEAD_INPUT,
  CAL_MEDIA_ERROR_NO_SPACE,
  CAL_MEDIA_ERROR_NO_MODEL,
  CAL_MEDIA_ERROR_DECODE,
  CAL_MEDIA_ERROR_FAILED,
} CalMediaError;

GQuark   cal_media_error_quark   (void);
gboolean cal_media_init          (GError     **error);
gboolean cal_media_check_elements (const char * const *names,
                                   GError            **error);

G_END_DECLS
