/* fuzz-text-extract.c — the HTML, Markdown, PDF and plain-text reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cal-fuzz.h"
#include "cal-text-extract.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *names[] = { "jd.txt", "jd.md", "jd.html", "jd.pdf" };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CalExtractedText) extracted = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  cal_fuzz_init_once ();

  if (size < 1)
    return 0;

  /* The first byte picks the file name the user would have opened, so every
   * reader is reached, including content sniffing against a wrong name. */
  name = names[data[0] % G_N_ELEMENTS (names)];
  bytes = g_bytes_new (data + 1, size - 1);

  extracted = cal_text_extract (bytes, name, NULL, &error);
  g_assert ((extracted == NULL) != (error == NULL));
  if (extracted != NULL)
    g_assert (g_utf8_validate (extracted->text, -1, NULL));

  return 0;
}
