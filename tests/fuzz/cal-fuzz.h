/* cal-fuzz.h — shared set-up of the libFuzzer targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdint.h>

/* A critical from a parser fed bad input is a bug, not noise: make it
 * abort so libFuzzer reports it. Everything else logged is dropped to keep
 * the fuzzer fast. */
static GLogWriterOutput
cal_fuzz_log_writer (GLogLevelFlags   level,
                     const GLogField *fields,
                     gsize            n_fields,
                     gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    {
      g_log_writer_standard_streams (level, fields, n_fields, user_data);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

static inline void
cal_fuzz_init_once (void)
{
  static gboolean initialised;

  if (initialised)
    return;
  initialised = TRUE;

  g_log_set_writer_func (cal_fuzz_log_writer, NULL, NULL);
}

/* Most parsers take NUL-terminated text: copy the input into a fresh
 * allocation so ASan sees reads past its end. */
static inline char *
cal_fuzz_dup_text (const uint8_t *data,
                   size_t         size)
{
  char *text = g_malloc (size + 1);

  memcpy (text, data, size);
  text[size] = '\0';
  return text;
}
