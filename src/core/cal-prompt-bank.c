/* cal-prompt-bank.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-prompt-bank"

#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gi18n-lib.h>

#include "cal-prompt-bank.h"

#define PROMPTS_RESOURCE RESOURCE_BASE "/catalog/prompts.json"

/* One cue or signpost cut into words by the same scanner as the answers it
 * is matched against, so hyphens and apostrophes agree on both sides. */
typedef struct
{
  const char  *text;
  char       **words;
  guint        n_words;
  guint        owner;   /* checkpoint index; unused for signposts */
} Cue;

typedef struct
{
  GHashTable *by_first;   /* first word → GPtrArray of Cue, longest first */
  GPtrArray  *all;        /* owns the Cue structs */
} CueSet;

struct _CalPromptBank
{
  GObject     parent_instance;

  GPtrArray  *prompts;       /* CalPrompt, in file order */
  GHashTable *prompt_by_id;  /* id → CalPrompt, borrowed */
  GPtrArray  *checkpoints;   /* CalCheckpoint, in file order */
  GStrv       signposts;
  CueSet      checkpoint_cues;
  CueSet      signpost_cues;
};

G_DEFINE_FINAL_TYPE (CalPromptBank, cal_prompt_bank, G_TYPE_OBJECT)

G_DEFINE_QUARK (cal-prompt-bank-error-quark, cal_prompt_bank_error)

static const char * const kinds[] = {
  "coding", "debugging", "system-design", "product-sense", NULL,
};

/**
 * cal_prompt_kinds:
 *
 * Returns: (transfer none) (array zero-terminated=1): the prompt kinds
 */
const char * const *
cal_prompt_kinds (void)
{
  return kinds;
}

static void
cue_free (gpointer data)
{
  Cue *cue = data;

  g_strfreev (cue->words);
  g_free (cue);
}

static void
cue_set_init (CueSet *set)
{
  set->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  set->all = g_ptr_array_new_with_free_func (cue_free);
}

static void
cue_set_clear (CueSet *set)
{
  g_clear_pointer (&set->by_first, g_hash_table_unref);
  g_clear_pointer (&set->all, g_ptr_array_unref);
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  const Cue *ca = *(const Cue * const *) a;
  const Cue *cb = *(const Cue * const *) b;

  return (int) cb->n_words - (int) ca->n_words;
}

static void
cue_set_add (CueSet     *set,
             const char *text,
             guint       owner)
{
  g_autoptr(CalScan) scan = cal_scan_new_text (text);
  GPtrArray *bucket;
  Cue *cue;

  if (scan->words->len == 0)
    return;

  cue = g_new0 (Cue, 1);
  cue->text = text;
  cue->owner = owner;
  cue->n_words = scan->words->len;
  cue->words = g_new0 (char *, scan->words->len + 1);
  for (guint i = 0; i < scan->words->len; i++)
    cue->words[i] = g_strdup (cal_scan_word (scan, i)->norm);

  g_ptr_array_add (set->all, cue);
  bucket = g_hash_table_lookup (set->by_first, cue->words[0]);
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (set->by_first, g_strdup (cue->words[0]), bucket);
    }
  g_ptr_array_add (bucket, cue);
  /* A stable sort keeps file order among cues of one length, so the same
   * words always match the same cue. */
  g_ptr_array_sort (bucket, compare_longest_first);
}

static const Cue *
cue_set_match (CueSet        *set,
               const CalScan *scan,
               guint          word)
{
  GPtrArray *bucket;

  if (word >= scan->words->len)
    return NULL;
  bucket = g_hash_table_lookup (set->by_first, cal_scan_word (scan, word)->norm);
  for (guint i = 0; bucket != NULL && i < bucket->len; i++)
    {
      const Cue *cue = g_ptr_array_index (bucket, i);
      gboolean same = word + cue->n_words <= scan->words->len;

      for (guint k = 1; same && k < cue->n_words; k++)
        same = g_str_equal (cal_scan_word (scan, word + k)->norm, cue->words[k]);
      if (same)
        return cue;
    }
  return NULL;
}

static void
checkpoint_free (gpointer data)
{
  CalCheckpoint *checkpoint = data;

  g_free (checkpoint->id);
  g_free (checkpoint->name);
  g_free (checkpoint->description);
  g_free (checkpoint->missing);
  g_strfreev (checkpoint->cues);
  g_free (checkpoint);
}

static void
prompt_free (gpointer data)
{
  CalPrompt *prompt = data;

  g_free (prompt->id);
  g_free (prompt->kind);
  g_free (prompt->title);
  g_free (prompt->text);
  g_strfreev (prompt->tracks);
  g_strfreev (prompt->bands);
  g_strfreev (prompt->checkpoints);
  g_clear_pointer (&prompt->hints, g_hash_table_unref);
  g_free (prompt);
}

static void
cal_prompt_bank_finalize (GObject *object)
{
  CalPromptBank *self = (CalPromptBank *)object;

  g_clear_pointer (&self->prompt_by_id, g_hash_table_unref);
  g_clear_pointer (&self->prompts, g_ptr_array_unref);
  g_clear_pointer (&self->checkpoints, g_ptr_array_unref);
  g_clear_pointer (&self->signposts, g_strfreev);
  cue_set_clear (&self->checkpoint_cues);
  cue_set_clear (&self->signpost_cues);

  G_OBJECT_CLASS (cal_prompt_bank_parent_class)->finalize (object);
}

static void
cal_prompt_bank_class_init (CalPromptBankClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_prompt_bank_finalize;
}

static void
cal_prompt_bank_init (CalPromptBank *self)
{
  self->prompts = g_ptr_array_new_with_free_func (prompt_free);
  self->prompt_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->checkpoints = g_ptr_array_new_with_free_func (checkpoint_free);
  cue_set_init (&self->checkpoint_cues);
  cue_set_init (&self->signpost_cues);
}

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

/* Sets a CAL_PROMPT_BANK_ERROR_INVALID error and returns FALSE, so that a
 * check can fail in one line. */
static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (CAL_PROMPT_BANK_ERROR, CAL_PROMPT_BANK_ERROR_INVALID, format, args));
  va_end (args);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* A required string member: present, a string, and not blank. */
static const char *
get_text (JsonObject *object,
          const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  text = json_node_get_string (node);
  return is_blank (text) ? NULL : text;
}

/* A required, non-empty list of non-blank strings. */
static GStrv
get_strv (JsonObject *object,
          const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  array = json_node_get_array (node);
  if (json_array_get_length (array) == 0)
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return NULL;
      text = json_node_get_string (element);
      if (is_blank (text))
        return NULL;
      g_strv_builder_add (builder, text);
    }
  return g_strv_builder_end (builder);
}

static gboolean
load_checkpoints (CalPromptBank  *self,
                  JsonArray      *array,
                  GError        **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      CalCheckpoint *checkpoint;
      const char *id, *name, *description, *missing;
      GStrv cues;

      if (object == NULL ||
          (id = get_text (object, "id")) == NULL ||
          (name = get_text (object, "name")) == NULL ||
          (description = get_text (object, "description")) == NULL ||
          (missing = get_text (object, "missing")) == NULL)
        return invalid (error, _("Checkpoint %u of the prompt file lacks its id, name, description or advice"), i + 1);
      if (cal_prompt_bank_checkpoint_index (self, id) >= 0)
        return invalid (error, _("The prompt file defines the checkpoint “%s” twice"), id);
      cues = get_strv (object, "cues");
      if (cues == NULL)
        return invalid (error, _("The checkpoint “%s” has no cue phrases"), id);

      checkpoint = g_new0 (CalCheckpoint, 1);
      checkpoint->id = g_strdup (id);
      checkpoint->name = g_strdup (name);
      checkpoint->description = g_strdup (description);
      checkpoint->missing = g_strdup (missing);
      checkpoint->cues = cues;
      g_ptr_array_add (self->checkpoints, checkpoint);

      for (guint c = 0; cues[c] != NULL; c++)
        cue_set_add (&self->checkpoint_cues, cues[c], self->checkpoints->len - 1);
    }

  if (self->checkpoints->len == 0)
    return invalid (error, _("The prompt file defines no checkpoints"));
  return TRUE;
}

static gboolean
load_prompt (CalPromptBank  *self,
             JsonObject     *object,
             guint           index,
             GError        **error)
{
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (prompt_free);
  CalPrompt *prompt;
  const char *id, *kind, *title, *text;
  JsonNode *node;

  if (object == NULL || (id = get_text (object, "id")) == NULL)
    return invalid (error, _("Prompt %u of the prompt file has no id"), index + 1);
  if (g_hash_table_contains (self->prompt_by_id, id))
    return invalid (error, _("The prompt file has two prompts with the id “%s”"), id);
  if ((kind = get_text (object, "kind")) == NULL || !g_strv_contains (kinds, kind))
    return invalid (error, _("The prompt “%s” has no kind, or one other than coding, debugging, system-design and product-sense"), id);
  if ((title = get_text (object, "title")) == NULL || (text = get_text (object, "text")) == NULL)
    return invalid (error, _("The prompt “%s” lacks its title or its text"), id);

  prompt = g_new0 (CalPrompt, 1);
  g_ptr_array_add (owned, prompt);
  prompt->id = g_strdup (id);
  prompt->kind = g_strdup (kind);
  prompt->title = g_strdup (title);
  prompt->text = g_strdup (text);
  prompt->tracks = get_strv (object, "tracks");
  prompt->bands = get_strv (object, "bands");
  prompt->checkpoints = get_strv (object, "checkpoints");
  prompt->hints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  prompt->minutes = (guint) json_object_get_int_member_with_default (object, "minutes", 0);

  if (prompt->tracks == NULL || prompt->bands == NULL)
    return invalid (error, _("The prompt “%s” must list its tracks and bands (or “*”)"), id);
  if (prompt->minutes == 0 || prompt->minutes > 120)
    return invalid (error, _("The prompt “%s” needs a suggested length between 1 and 120 minutes"), id);
  if (prompt->checkpoints == NULL)
    return invalid (error, _("The prompt “%s” names no checkpoints"), id);
  for (guint i = 0; prompt->checkpoints[i] != NULL; i++)
    if (cal_prompt_bank_checkpoint_index (self, prompt->checkpoints[i]) < 0)
      return invalid (error, _("The prompt “%s” names the unknown checkpoint “%s”"), id, prompt->checkpoints[i]);

  node = json_object_get_member (object, "hints");
  if (node != NULL)
    {
      JsonObjectIter iter;
      const char *checkpoint;
      JsonNode *hint;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, _("The hints of the prompt “%s” must be an object"), id);
      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &checkpoint, &hint))
        {
          const char *value = JSON_NODE_HOLDS_VALUE (hint) && json_node_get_value_type (hint) == G_TYPE_STRING ?
            json_node_get_string (hint) : NULL;

          if (cal_prompt_bank_checkpoint_index (self, checkpoint) < 0)
            return invalid (error, _("The prompt “%s” has a hint for the unknown checkpoint “%s”"), id, checkpoint);
          if (value == NULL || is_blank (value))
            return invalid (error, _("The prompt “%s” has an empty hint for “%s”"), id, checkpoint);
          g_hash_table_insert (prompt->hints, g_strdup (checkpoint), g_strdup (value));
        }
    }

  g_ptr_array_add (self->prompts, g_ptr_array_steal_index (owned, 0));
  g_hash_table_insert (self->prompt_by_id, prompt->id, prompt);
  return TRUE;
}

/**
 * cal_prompt_bank_new_from_data:
 * @json: the contents of a prompts.json file
 * @length: its length, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads a prompt file. The file is checked whole: every prompt needs an
 * id, a known kind, a title, a text, its tracks and bands, a suggested
 * length, and checkpoints (and hints) that the file defines.
 *
 * Returns: (transfer full): the bank, or %NULL with @error set
 */
CalPromptBank *
cal_prompt_bank_new_from_data (const char  *json,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(CalPromptBank) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonNode *node;

  g_return_val_if_fail (json != NULL, NULL);

  if (!json_parser_load_from_data (parser, json, length, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      invalid (error, _("The prompt file is not a JSON object"));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  self = g_object_new (CAL_TYPE_PROMPT_BANK, NULL);

  node = json_object_get_member (root, "checkpoints");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      invalid (error, _("The prompt file has no list of checkpoints"));
      return NULL;
    }
  if (!load_checkpoints (self, json_node_get_array (node), error))
    return NULL;

  self->signposts = get_strv (root, "signposts");
  if (self->signposts == NULL)
    {
      invalid (error, _("The prompt file has no list of signpost phrases"));
      return NULL;
    }
  for (guint i = 0; self->signposts[i] != NULL; i++)
    cue_set_add (&self->signpost_cues, self->signposts[i], 0);

  node = json_object_get_member (root, "prompts");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      invalid (error, _("The prompt file has no list of prompts"));
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    if (!load_prompt (self, json_array_get_object_element (json_node_get_array (node), i), i, error))
      return NULL;

  return g_steal_pointer (&self);
}

static gpointer
load_default (gpointer data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CalPromptBank *self = NULL;

  bytes = g_resources_lookup_data (PROMPTS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    self = cal_prompt_bank_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  if (self == NULL)
    g_critical ("The built-in think-aloud prompts cannot be loaded: %s", error->message);
  return self;
}

/**
 * cal_prompt_bank_get_default:
 *
 * The prompts shipped in the catalog, read on first use and kept for the
 * life of the process.
 *
 * Returns: (transfer none): the built-in prompt bank
 */
CalPromptBank *
cal_prompt_bank_get_default (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, load_default, NULL);
  return once.retval;
}

/**
 * cal_prompt_bank_get_prompts:
 * @self: a #CalPromptBank
 *
 * Returns: (transfer none) (element-type CalPrompt): every prompt, in file order
 */
GPtrArray *
cal_prompt_bank_get_prompts (CalPromptBank *self)
{
  g_return_val_if_fail (CAL_IS_PROMPT_BANK (self), NULL);
  return self->prompts;
}

/**
 * cal_prompt_bank_get_prompt:
 * @self: a #CalPromptBank
 * @id: a prompt id
 *
 * Returns: (nullable) (transfer none): the prompt, or %NULL if there is none
 */
const CalPrompt *
cal_prompt_bank_get_prompt (CalPromptBank *self,
                            const char    *id)
{
  g_return_val_if_fail (CAL_IS_PROMPT_BANK (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->prompt_by_id, id) : NULL;
}

static gboolean
suits (GStrv       ids,
       const char *id)
{
  return id == NULL || g_strv_contains ((const char * const *) ids, "*") ||
         g_strv_contains ((const char * const *) ids, id);
}

/**
 * cal_prompt_bank_find_prompts:
 * @self: a #CalPromptBank
 * @kind: (nullable): a prompt kind, or %NULL for any
 * @track_id: (nullable): a track id, or %NULL for any
 * @band_id: (nullable): a level band id, or %NULL for any
 *
 * Returns: (transfer container) (element-type CalPrompt): the prompts that
 *   suit all the given filters, in file order
 */
GPtrArray *
cal_prompt_bank_find_prompts (CalPromptBank *self,
                              const char    *kind,
                              const char    *track_id,
                              const char    *band_id)
{
  GPtrArray *found;

  g_return_val_if_fail (CAL_IS_PROMPT_BANK (self), NULL);

  found = g_ptr_array_new ();
  for (guint i = 0; i < self->prompts->len; i++)
    {
      CalPrompt *prompt = g_ptr_array_index (self->prompts, i);

      if ((kind == NULL || g_str_equal (prompt->kind, kind)) &&
          suits (prompt->tracks, track_id) && suits (prompt->bands, band_id))
        g_ptr_array_add (found, prompt);
    }
  return found;
}

/**
 * cal_prompt_get_hint:
 * @prompt: a #CalPrompt
 * @checkpoint_id: a checkpoint id
 *
 * Returns: (nullable): the prompt's own hint for the checkpoint
 */
const char *
cal_prompt_get_hint (const CalPrompt *prompt,
                     const char      *checkpoint_id)
{
  g_return_val_if_fail (prompt != NULL, NULL);
  return checkpoint_id != NULL ? g_hash_table_lookup (prompt->hints, checkpoint_id) : NULL;
}

/**
 * cal_prompt_is_key_checkpoint:
 * @prompt: a #CalPrompt
 * @checkpoint_id: a checkpoint id
 *
 * Returns: %TRUE if the checkpoint is one that matters most for @prompt
 */
gboolean
cal_prompt_is_key_checkpoint (const CalPrompt *prompt,
                              const char      *checkpoint_id)
{
  g_return_val_if_fail (prompt != NULL, FALSE);
  return checkpoint_id != NULL && g_strv_contains ((const char * const *) prompt->checkpoints, checkpoint_id);
}

/**
 * cal_prompt_bank_get_n_checkpoints:
 * @self: a #CalPromptBank
 *
 * Returns: how many checkpoints the bank defines
 */
guint
cal_prompt_bank_get_n_checkpoints (CalPromptBank *self)
{
  g_return_val_if_fail (CAL_IS_PROMPT_BANK (self), 0);
  return self->checkpoints->len;
}

/**
 * cal_prompt_bank_get_checkpoint:
 * @self: a #CalPromptBank
 * @i: an index below cal_prompt_bank_get_n_checkpoints()
 *
 * Returns: (transfer none): the checkpoint, in file order
 */
const CalCheckpoint *
cal_prompt_bank_get_checkpoint (CalPromptBank *self,
                                guint          i)
{
  g_return_val_if_fail (CAL_IS_PROMPT_BANK (self), NULL);
  g_return_val_if_fail (i < self->checkpoints->len, NULL);
  return g_ptr_array_index (self->checkpoints, i);
}

/**
 * cal_prompt_bank_checkpoint_index:
 * @self: a #CalPromptBank
 * @id: a checkpoint id
 *
 * Returns: the index of the checkpoint, or -1 if the bank has none by that id
 */
int
cal_prompt_bank_checkpoint_index (CalPromptBank *self,
                                  const char    *id)
{
  g_return_val_if_fail (CAL_IS_PROMPT_BANK (self), -1);

  for (guint i = 0; id != NULL && i < self->checkpoints->len; i++)
    if (g_str_equal (((CalCheckpoint *) g_ptr_array_index (self->checkpoints, i))->id, id))
      return (int) i;
  return -1;
}

/**
 * cal_prompt_bank_get_signposts:
 * @self: a #CalPromptBank
 *
 * Returns: (transfer none): the signpost phrases
 */
GStrv
cal_prompt_bank_get_signposts (CalPromptBank *self)
{
  g_return_val_if_fail (CAL_IS_PROMPT_BANK (self), NULL);
  return self->signposts;
}

/**
 * cal_prompt_bank_match_checkpoint:
 * @self: a #CalPromptBank
 * @scan: a scanned answer
 * @word: index of a word in @scan
 * @checkpoint: (out) (optional): index of the checkpoint the cue shows
 * @phrase: (out) (optional) (transfer none): the cue as the file writes it
 *
 * Finds the longest checkpoint cue that starts at @word.
 *
 * Returns: how many words the cue spans, 0 if none starts there
 */
guint
cal_prompt_bank_match_checkpoint (CalPromptBank  *self,
                                  const CalScan  *scan,
                                  guint           word,
                                  guint          *checkpoint,
                                  const char    **phrase)
{
  const Cue *cue;

  g_return_val_if_fail (CAL_IS_PROMPT_BANK (self), 0);
  g_return_val_if_fail (scan != NULL, 0);

  cue = cue_set_match (&self->checkpoint_cues, scan, word);
  if (cue == NULL)
    return 0;
  if (checkpoint != NULL)
    *checkpoint = cue->owner;
  if (phrase != NULL)
    *phrase = cue->text;
  return cue->n_words;
}

/**
 * cal_prompt_bank_match_signpost:
 * @self: a #CalPromptBank
 * @scan: a scanned answer
 * @word: index of a word in @scan
 * @phrase: (out) (optional) (transfer none): the signpost as the file writes it
 *
 * Finds the longest signpost phrase that starts at @word.
 *
 * Returns: how many words it spans, 0 if none starts there
 */
guint
cal_prompt_bank_match_signpost (CalPromptBank  *self,
                                const CalScan  *scan,
                                guint           word,
                                const char    **phrase)
{
  const Cue *cue;

  g_return_val_if_fail (CAL_IS_PROMPT_BANK (self), 0);
  g_return_val_if_fail (scan != NULL, 0);

  cue = cue_set_match (&self->signpost_cues, scan, word);
  if (cue == NULL)
    return 0;
  if (phrase != NULL)
    *phrase = cue->text;
  return cue->n_words;
}
