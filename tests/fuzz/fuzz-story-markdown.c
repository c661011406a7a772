/* fuzz-story-markdown.c — a Markdown note imported as a STAR story
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "cal-fuzz.h"
#include "cal-interop-private.h"
#include "cal-story-markdown.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *path;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CalStory) story = NULL;
  g_autofree char *text = NULL;

  cal_fuzz_init_once ();

  if (path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("calibrd-fuzz-XXXXXX", NULL);

      g_assert (dir != NULL);
      path = g_build_filename (dir, "note.md", NULL);
    }

  /* The same way in as the import: the file reader, then the parser. */
  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    return 0;
  if (!cal_interop_read_text_file (path, 1024 * 1024, &text, &error))
    return 0;

  story = cal_story_from_markdown (text, "fallback", notes, &error);
  g_assert ((story == NULL) == (error != NULL));
  if (story != NULL)
    {
      g_autofree char *markdown = cal_story_to_markdown (story);
      g_autofree char *plain = cal_story_to_text (story);
      g_autoptr(CalStory) again = NULL;
      g_autoptr(GError) again_error = NULL;

      g_assert (markdown != NULL && g_utf8_validate (markdown, -1, NULL));
      g_assert (plain != NULL && g_utf8_validate (plain, -1, NULL));
      /* What the app writes it must read back. */
      again = cal_story_from_markdown (markdown, NULL, NULL, &again_error);
      g_assert_no_error (again_error);
      g_assert (again != NULL);
    }
  for (guint i = 0; i < notes->len; i++)
    g_assert (g_utf8_validate (g_ptr_array_index (notes, i), -1, NULL));

  return 0;
}
