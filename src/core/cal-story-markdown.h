/* cal-story-markdown.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Stories in and out as Markdown, and as text for the clipboard.
 *
 *   char *md = cal_story_to_markdown (story);     one note: front matter,
 *       "# Title", "## Situation" … "## Result"; reads back losslessly
 *   char *txt = cal_story_to_text (story);        for the clipboard
 *   cal_story_markdown_export (store, stories_or_NULL, dir, &files, &error)
 *       one file per story, named by cal_story_markdown_slug()
 *   items = cal_story_import_preview (store, file_or_dir, &error)
 *       what each note maps to and what it could not map; writes nothing
 *   cal_story_import_apply (store, items, &n, &error)   one transaction
 *
 * Errors are CAL_INTEROP_ERROR (cal-interop.h). The Markdown format is
 * described in docs/portable-json.md, "Stories as Markdown". */

#pragma once

#include <gio/gio.h>

#include "cal-store.h"
#include "cal-story.h"

G_BEGIN_DECLS

/**
 * CalStoryImportItem:
 * @file: the note's path
 * @title: the title the story is saved under (may carry an "(imported)"
 *   suffix), or %NULL when the note is skipped
 * @story: (nullable): the story the note maps to, not yet saved; %NULL
 *   when the note is skipped
 * @renamed: %TRUE if a story with the same title exists, so @title has a
 *   suffix
 * @skipped: (nullable): why the note cannot be imported, or %NULL
 * @notes: (element-type utf8): what could not be mapped, one sentence each
 *   (e.g. "No Result heading was found.")
 *
 * One line of an import preview.
 */
typedef struct
{
  char      *file;
  char      *title;
  CalStory  *story;
  gboolean   renamed;
  char      *skipped;
  GPtrArray *notes;
} CalStoryImportItem;

void        cal_story_import_item_free   (CalStoryImportItem *item);

char       *cal_story_to_markdown        (CalStory     *story);
char       *cal_story_to_text            (CalStory     *story);
CalStory   *cal_story_from_markdown      (const char   *text,
                                          const char   *fallback_title,
                                          GPtrArray    *notes,
                                          GError      **error);
char       *cal_story_markdown_slug      (const char   *title);
gboolean    cal_story_markdown_export    (CalStore     *store,
                                          GListModel   *stories,
                                          const char   *dir,
                                          GPtrArray   **files,
                                          GError      **error);
GPtrArray  *cal_story_import_preview     (CalStore     *store,
                                          const char   *path,
                                          GError      **error);
gboolean    cal_story_import_apply       (CalStore     *store,
                                          GPtrArray    *items,
                                          guint        *n_saved,
                                          GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalStoryImportItem, cal_story_import_item_free)

G_END_DECLS
