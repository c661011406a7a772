/* cal-tokens.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Flags on a token, taken from the original text before lowercasing. */
typedef enum
{
  CAL_TOKEN_CAPITALISED    = 1 << 0,  /* first letter upper case */
  CAL_TOKEN_ALL_CAPS       = 1 << 1,  /* every letter upper case, at least two */
  CAL_TOKEN_SENTENCE_START = 1 << 2,  /* first word of a line, sentence or list item */
  CAL_TOKEN_HAS_DIGIT      = 1 << 3,
  CAL_TOKEN_AFTER_PUNCT    = 1 << 4,  /* something besides blank space precedes it */
} CalTokenFlags;

typedef struct
{
  const char *norm;   /* lowercased, owned by the CalTokens chunk */
  guint       start;  /* byte offset of the token in the text */
  guint       end;    /* byte offset just past the token */
  guint       line;   /* 0-based line number */
  guint       flags;  /* CalTokenFlags */
} CalToken;

typedef struct
{
  GArray       *tokens;  /* CalToken */
  GStringChunk *chunk;
} CalTokens;

CalTokens *cal_tokens_new   (const char *text,
                             gssize      length);
void       cal_tokens_free  (CalTokens  *tokens);
char      *cal_tokens_join  (CalTokens  *tokens,
                             guint       first,
                             guint       n);

#define cal_tokens_get(t, i) (&g_array_index ((t)->tokens, CalToken, (i)))
#define cal_tokens_len(t) ((t)->tokens->len)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalTokens, cal_tokens_free)

G_END_DECLS
