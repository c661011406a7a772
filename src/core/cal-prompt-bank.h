/* cal-prompt-bank.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cal-scan.h"

G_BEGIN_DECLS

#define CAL_PROMPT_BANK_ERROR (cal_prompt_bank_error_quark ())

typedef enum
{
  CAL_PROMPT_BANK_ERROR_INVALID,
} CalPromptBankError;

/**
 * CalCheckpoint:
 * @id: the checkpoint id, e.g. "complexity"
 * @name: its display name, e.g. "Give the complexity or the capacity"
 * @description: one line on what the move is
 * @missing: what to do next time when the move was never made
 * @cues: (array zero-terminated=1): the spoken phrases that show the move
 *
 * One of the moves an interviewer listens for while a candidate thinks
 * aloud. Owned by the #CalPromptBank.
 */
typedef struct
{
  char  *id;
  char  *name;
  char  *description;
  char  *missing;
  GStrv  cues;
} CalCheckpoint;

/**
 * CalPrompt:
 * @id: the prompt id, e.g. "coding-lru-cache"
 * @kind: "coding", "debugging", "system-design" or "product-sense"
 * @title: a short title
 * @text: the prompt as an interviewer would say it
 * @tracks: (array zero-terminated=1): track ids it suits, or "*"
 * @bands: (array zero-terminated=1): level band ids it suits, or "*"
 * @minutes: the suggested length of the practice
 * @checkpoints: (array zero-terminated=1): ids of the checkpoints that
 *   matter most for this prompt, most important first
 * @hints: (element-type utf8 utf8): checkpoint id → a hint for this prompt
 *
 * One think-aloud practice prompt. Owned by the #CalPromptBank.
 */
typedef struct
{
  char       *id;
  char       *kind;
  char       *title;
  char       *text;
  GStrv       tracks;
  GStrv       bands;
  guint       minutes;
  GStrv       checkpoints;
  GHashTable *hints;
} CalPrompt;

#define CAL_TYPE_PROMPT_BANK (cal_prompt_bank_get_type ())

G_DECLARE_FINAL_TYPE (CalPromptBank, cal_prompt_bank, CAL, PROMPT_BANK, GObject)

GQuark               cal_prompt_bank_error_quark        (void);

CalPromptBank       *cal_prompt_bank_get_default        (void);
CalPromptBank       *cal_prompt_bank_new_from_data      (const char     *json,
                                                         gssize          length,
                                                         GError        **error);

GPtrArray           *cal_prompt_bank_get_prompts        (CalPromptBank  *self);
const CalPrompt     *cal_prompt_bank_get_prompt         (CalPromptBank  *self,
                                                         const char     *id);
GPtrArray           *cal_prompt_bank_find_prompts       (CalPromptBank  *self,
                                                         const char     *kind,
                                                         const char     *track_id,
                                                         const char     *band_id);
const char          *cal_prompt_get_hint                (const CalPrompt *prompt,
                                                         const char      *checkpoint_id);
gboolean             cal_prompt_is_key_checkpoint       (const CalPrompt *prompt,
                                                         const char      *checkpoint_id);

guint                cal_prompt_bank_get_n_checkpoints  (CalPromptBank  *self);
const CalCheckpoint *cal_prompt_bank_get_checkpoint     (CalPromptBank  *self,
                                                         guint           i);
int                  cal_prompt_bank_checkpoint_index   (CalPromptBank  *self,
                                                         const char     *id);
GStrv                cal_prompt_bank_get_signposts      (CalPromptBank  *self);

guint                cal_prompt_bank_match_checkpoint   (CalPromptBank  *self,
                                                         const CalScan  *scan,
                                                         guint           word,
                                                         guint          *checkpoint,
                                                         const char    **phrase);
guint                cal_prompt_bank_match_signpost     (CalPromptBank  *self,
                                                         const CalScan  *scan,
                                                         guint           word,
                                                         const char    **phrase);

const char * const  *cal_prompt_kinds                   (void);

G_END_DECLS
