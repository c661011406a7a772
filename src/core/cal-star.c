/* cal-star.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-star"

#include "config.h"

#include <string.h>

#include "cal-star.h"

/* The names people give STAR sections. Compound labels such as
 * "Task/Challenge" or "Result & outcome" are split and each piece looked
 * up, so only single names are listed. */
static const struct
{
  const char  *label;
  CalStarPart  part;
} labels[] = {
  { "s", CAL_STAR_SITUATION },
  { "situation", CAL_STAR_SITUATION },
  { "the situation", CAL_STAR_SITUATION },
  { "context", CAL_STAR_SITUATION },
  { "background", CAL_STAR_SITUATION },
  { "setting", CAL_STAR_SITUATION },
  { "t", CAL_STAR_TASK },
  { "task", CAL_STAR_TASK },
  { "the task", CAL_STAR_TASK },
  { "challenge", CAL_STAR_TASK },
  { "the challenge", CAL_STAR_TASK },
  { "problem", CAL_STAR_TASK },
  { "the problem", CAL_STAR_TASK },
  { "goal", CAL_STAR_TASK },
  { "objective", CAL_STAR_TASK },
  { "assignment", CAL_STAR_TASK },
  { "a", CAL_STAR_ACTION },
  { "action", CAL_STAR_ACTION },
  { "actions", CAL_STAR_ACTION },
  { "the action", CAL_STAR_ACTION },
  { "actions taken", CAL_STAR_ACTION },
  { "approach", CAL_STAR_ACTION },
  { "what i did", CAL_STAR_ACTION },
  { "r", CAL_STAR_RESULT },
  { "result", CAL_STAR_RESULT },
  { "results", CAL_STAR_RESULT },
  { "the result", CAL_STAR_RESULT },
  { "outcome", CAL_STAR_RESULT },
  { "outcomes", CAL_STAR_RESULT },
  { "impact", CAL_STAR_RESULT },
  { "results and impact", CAL_STAR_RESULT },
};

static gboolean
lookup_label (const char  *label,
              CalStarPart *part)
{
  g_autofree char *lower = g_utf8_strdown (label, -1);
  g_auto(GStrv) pieces = NULL;

  g_strstrip (lower);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (g_str_equal (lower, labels[i].label))
        {
          *part = labels[i].part;
          return TRUE;
        }
    }

  /* "Task/Challenge", "Result & Outcome", "Situation and task": the first
   * piece that names a part decides. */
  pieces = g_regex_split_simple ("\\s*(?:/|&|\\+|\\band\\b)\\s*", lower, 0, 0);
  if (pieces == NULL || g_strv_length (pieces) < 2)
    return FALSE;
  for (guint p = 0; pieces[p] != NULL; p++)
    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      if (strlen (labels[i].label) > 1 && g_str_equal (g_strstrip (pieces[p]), labels[i].label))
        {
          *part = labels[i].part;
          return TRUE;
        }
  return FALSE;
}

/**
 * cal_star_parse_heading:
 * @line: one line of text, without its newline
 * @part: (out): the part the heading names
 * @rest: (out) (optional): text after the heading on the same line
 *
 * Recognises "Situation:", "**S**:", "**Task:**", "## Action",
 * "Task/Challenge:", "Result/Outcome —" and the like. A plain word needs a
 * colon or dash after it, so a sentence that happens to begin with
 * "Result" is not taken for a heading.
 *
 * Returns: %TRUE if @line is a STAR heading
 */
gboolean
cal_star_parse_heading (const char   *line,
                        CalStarPart  *part,
                        const char  **rest)
{
  const char *p = line;
  const char *label_start, *label_end;
  gboolean hashed = FALSE, bold = FALSE, marked = FALSE;
  g_autofree char *label = NULL;

  while (*p == ' ' || *p == '\t' || *p == '>')
    p++;
  if (*p == '#')
    {
      hashed = TRUE;
      while (*p == '#')
        p++;
      while (*p == ' ')
        p++;
    }
  while (*p == '*' || *p == '_')
    {
      bold = TRUE;
      p++;
    }

  label_start = p;
  while (*p != '\0' && (g_ascii_isalpha (*p) || *p == ' ' || *p == '/' || *p == '&' || *p == '+'))
    p++;
  label_end = p;
  while (label_end > label_start && label_end[-1] == ' ')
    label_end--;
  if (label_end == label_start || label_end - label_start > 32)
    return FALSE;

  /* What may close a heading: emphasis, a colon, a dash, the line end. */
  while (*p == '*' || *p == '_')
    {
      marked = bold;
      p++;
    }
  while (*p == ' ')
    p++;
  if (*p == ':' || *p == '-' || g_str_has_prefix (p, "\xe2\x80\x94") || g_str_has_prefix (p, "\xe2\x80\x93"))
    {
      marked = TRUE;
      p = *p == ':' || *p == '-' ? p + 1 : p + 3;
      while (*p == '*' || *p == '_' || *p == ' ')
        p++;
    }
  else if (*p == '\0')
    marked = marked || hashed;
  else if (!marked)
    return FALSE;

  if (!marked)
    return FALSE;

  label = g_strndup (label_start, label_end - label_start);
  /* A one-letter label is only safe when it is set off: "**S**" or "S:". */
  if (strlen (label) == 1 && !(bold || *(label_end) == ':'))
    return FALSE;
  if (!lookup_label (label, part))
    return FALSE;

  if (rest != NULL)
    *rest = p;
  return TRUE;
}

static void
append_line (GString    **buffer,
             const char  *line)
{
  if (*buffer == NULL)
    *buffer = g_string_new (NULL);
  else
    g_string_append_c (*buffer, '\n');
  g_string_append (*buffer, line);
}

static char *
finish (GString *buffer)
{
  char *text;

  if (buffer == NULL)
    return NULL;
  text = g_strstrip (g_string_free (buffer, FALSE));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/**
 * cal_star_text_split:
 * @text: a story as plain text or Markdown
 *
 * Cuts @text along its STAR headings. Text before the first heading is the
 * preamble; a leading "# Title" or "Title:" line becomes the title, and a
 * leading "---" block the front matter.
 *
 * Returns: (transfer full): the parts
 */
CalStarText *
cal_star_text_split (const char *text)
{
  CalStarText *star = g_new0 (CalStarText, 1);
  GString *buffers[CAL_STAR_N] = { NULL, };
  GString *preamble = NULL;
  g_auto(GStrv) lines = NULL;
  int current = -1;
  guint i = 0;

  g_return_val_if_fail (text != NULL, star);

  lines = g_strsplit (text, "\n", -1);

  /* Front matter only counts at the very top. */
  if (lines[0] != NULL && g_str_equal (g_strchomp (lines[0]), "---"))
    {
      for (guint j = 1; lines[j] != NULL; j++)
        {
          if (g_str_equal (g_strchomp (lines[j]), "---"))
            {
              g_autofree char **block = g_new0 (char *, j);

              for (guint k = 1; k < j; k++)
                block[k - 1] = lines[k];
              star->front_matter = g_strjoinv ("\n", block);
              i = j + 1;
              break;
            }
        }
    }

  for (; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      CalStarPart part;
      const char *rest = NULL;

      g_strchomp (line);

      if (cal_star_parse_heading (line, &part, &rest))
        {
          current = part;
          star->has_headings = TRUE;
          if (rest != NULL && *rest != '\0')
            append_line (&buffers[current], rest);
          else if (buffers[current] == NULL)
            buffers[current] = g_string_new (NULL);
          continue;
        }

      if (current < 0 && star->title == NULL && preamble == NULL)
        {
          const char *p = line;

          while (*p == ' ')
            p++;
          if (*p == '#')
            {
              while (*p == '#' || *p == ' ')
                p++;
              star->title = g_strstrip (g_strdup (p));
              continue;
            }
          if (g_ascii_strncasecmp (p, "title:", 6) == 0)
            {
              star->title = g_strstrip (g_strdup (p + 6));
              continue;
            }
        }

      if (current < 0)
        append_line (&preamble, line);
      else
        append_line (&buffers[current], line);
    }

  star->preamble = finish (preamble);
  for (guint p = 0; p < CAL_STAR_N; p++)
    star->parts[p] = finish (buffers[p]);
  if (star->title != NULL && *star->title == '\0')
    g_clear_pointer (&star->title, g_free);

  return star;
}

/**
 * cal_star_text_free:
 * @star: (transfer full): a #CalStarText
 */
void
cal_star_text_free (CalStarText *star)
{
  if (star == NULL)
    return;
  g_free (star->front_matter);
  g_free (star->title);
  g_free (star->preamble);
  for (guint i = 0; i < CAL_STAR_N; i++)
    g_free (star->parts[i]);
  g_free (star);
}
