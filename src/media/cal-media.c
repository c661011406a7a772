/* cal-media.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-media"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/gst.h>

#include "cal-media.h"

G_DEFINE_QUARK (cal-media-error-quark, cal_media_error)

/**
 * cal_media_init:
 * @error: return location for a #GError
 *
 * Initialises GStreamer once for the process. Safe to call repeatedly.
 *
 * Returns: %TRUE if GStreamer is usable
 */
gboolean
cal_media_init (GError **error)
{
  return gst_init_check (NULL, NULL, error);
}

/**
 * cal_media_check_elements:
 * @names: %NULL-terminated element factory names
 * @error: return location for a #GError
 *
 * Checks that every element a pipeline needs is installed, so that a missing
 * plugin is reported by name before anything is recorded instead of as an
 * opaque "could not link" later.
 *
 * Returns: %TRUE if all elements exist
 */
gboolean
cal_media_check_elements (const char * const  *names,
                          GError             **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  g_return_val_if_fail (names != NULL, FALSE);

  if (!cal_media_init (error))
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GstElementFactory) factory = gst_element_factory_find (names[i]);

      if (factory == NULL)
        g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", names[i]);
    }

  if (missing->len > 0)
    {
      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_MISSING_PLUGIN,
                   _("A GStreamer plugin is missing (%s). Install the GStreamer "
                     "base and good plugins and try again."),
                   missing->str);
      return FALSE;
    }

  return TRUE;
}
