/* cal-star.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cal-lexicon.h"

G_BEGIN_DECLS

/**
 * CalStarText:
 * @front_matter: the lines between a leading pair of "---" lines, or %NULL
 * @title: a Markdown title or "Title:" line, or %NULL
 * @preamble: text that stands under no STAR heading (all of it when
 *   there are no headings), or %NULL
 * @parts: the text under each STAR heading, or %NULL for a missing part
 * @has_headings: %TRUE if at least one STAR heading was found
 *
 * A story cut along its STAR headings.
 */
typedef struct
{
  char     *front_matter;
  char     *title;
  char     *preamble;
  char     *parts[CAL_STAR_N];
  gboolean  has_headings;
} CalStarText;

CalStarText *cal_star_text_split       (const char  *text);
void         cal_star_text_free        (CalStarText *star);
gboolean     cal_star_parse_heading    (const char  *line,
                                        CalStarPart *part,
                                        const char **rest);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalStarText, cal_star_text_free)

G_END_DECLS
