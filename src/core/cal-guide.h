/* cal-guide.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-catalog.h"

G_BEGIN_DECLS

#define CAL_GUIDE_ERROR (cal_guide_error_quark ())

/**
 * CalGuideError:
 * @CAL_GUIDE_ERROR_UNKNOWN_TRACK: the catalog has no such track
 * @CAL_GUIDE_ERROR_UNKNOWN_LEVEL: the catalog has no such level
 * @CAL_GUIDE_ERROR_NOT_APPLICABLE: the track has no loop at the level's band,
 *   e.g. a management track at an IC level
 * @CAL_GUIDE_ERROR_INVALID: guides.json is missing or lacks a part
 */
typedef enum
{
  CAL_GUIDE_ERROR_UNKNOWN_TRACK,
  CAL_GUIDE_ERROR_UNKNOWN_LEVEL,
  CAL_GUIDE_ERROR_NOT_APPLICABLE,
  CAL_GUIDE_ERROR_INVALID,
} CalGuideError;

GQuark cal_guide_error_quark (void);

/**
 * CalGuideArtifactKind:
 * @CAL_GUIDE_ARTIFACT_PLAN: a written plan, such as a first-90-days plan
 * @CAL_GUIDE_ARTIFACT_STORY: a story aimed at the level
 * @CAL_GUIDE_ARTIFACT_PRACTICE: a practice session out loud
 */
typedef enum
{
  CAL_GUIDE_ARTIFACT_PLAN,
  CAL_GUIDE_ARTIFACT_STORY,
  CAL_GUIDE_ARTIFACT_PRACTICE,
} CalGuideArtifactKind;

/**
 * CalGuideRound:
 * @kind: the round kind id
 * @kind_name: the round kind's display name
 * @title: the round's title in this loop
 * @minutes: its usual length
 * @tests: what the round tests in this track
 * @strong: what a strong answer does in this track
 * @strong_general: what a strong answer does in any round of this kind
 * @focus: whether this is the round the track grades hardest at this band
 *
 * One round of a guide's typical loop. Owned by the #CalGuide.
 */
typedef struct
{
  char     *kind;
  char     *kind_name;
  char     *title;
  int       minutes;
  char     *tests;
  char     *strong;
  char     *strong_general;
  gboolean  focus;
} CalGuideRound;

/**
 * CalGuideRow:
 * @track_id: the track
 * @track_name: its display name
 * @band_id: the band of the row
 * @rounds: (element-type CalGuideRound): the loop, owned by the row
 * @minutes: the loop's total length
 * @hardest: what the track grades hardest at this band
 * @focus_kind: the round kind to prepare most
 * @focus_name: its display name
 * @artifact: what to bring for this track at this band
 *
 * One row of the side-by-side table.
 */
typedef struct
{
  char      *track_id;
  char      *track_name;
  char      *band_id;
  GPtrArray *rounds;
  int        minutes;
  char      *hardest;
  char      *focus_kind;
  char      *focus_name;
  char      *artifact;
} CalGuideRow;

void         cal_guide_row_free              (CalGuideRow  *row);
char        *cal_guide_row_format_rounds     (CalGuideRow  *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalGuideRow, cal_guide_row_free)

#define CAL_TYPE_GUIDE (cal_guide_get_type ())

G_DECLARE_FINAL_TYPE (CalGuide, cal_guide, CAL, GUIDE, GObject)

CalGuide    *cal_guide_new                   (CalCatalog   *catalog,
                                              const char   *track_id,
                                              const char   *level_id,
                                              GError      **error);
gboolean     cal_guide_applies               (CalCatalog   *catalog,
                                              const char   *track_id,
                                              const char   *level_id);
GPtrArray   *cal_guide_list_levels           (CalCatalog   *catalog,
                                              const char   *track_id);
GPtrArray   *cal_guide_side_by_side          (CalCatalog   *catalog,
                                              const char   *band_id,
                                              GError      **error);
const char  *cal_guide_lookup_band_name      (CalCatalog   *catalog,
                                              const char   *band_id);

const char  *cal_guide_get_track_id          (CalGuide     *self);
const char  *cal_guide_get_track_name        (CalGuide     *self);
const char  *cal_guide_get_level_id          (CalGuide     *self);
const char  *cal_guide_get_level_name        (CalGuide     *self);
const char  *cal_guide_get_band_id           (CalGuide     *self);
const char  *cal_guide_get_band_name         (CalGuide     *self);
const char  *cal_guide_get_scope             (CalGuide     *self);
const char  *cal_guide_get_horizon           (CalGuide     *self);
const char  *cal_guide_get_owns              (CalGuide     *self);
const char  *cal_guide_get_influence         (CalGuide     *self);
const char * const *cal_guide_get_signals    (CalGuide     *self);
const char  *cal_guide_get_below_name        (CalGuide     *self);
const char  *cal_guide_get_vs_below          (CalGuide     *self);
const char  *cal_guide_get_above_name        (CalGuide     *self);
const char  *cal_guide_get_vs_above          (CalGuide     *self);
GPtrArray   *cal_guide_get_rounds            (CalGuide     *self);
int          cal_guide_get_total_minutes     (CalGuide     *self);
const char  *cal_guide_get_hardest           (CalGuide     *self);
const char  *cal_guide_get_focus_kind        (CalGuide     *self);
const char  *cal_guide_get_focus_name        (CalGuide     *self);
const char  *cal_guide_get_track_artifact    (CalGuide     *self);
const char  *cal_guide_get_hidden_bar_title  (CalGuide     *self);
const char  *cal_guide_get_hidden_bar        (CalGuide     *self);
CalGuideArtifactKind cal_guide_get_artifact_kind (CalGuide *self);
const char  *cal_guide_get_artifact_title    (CalGuide     *self);
const char  *cal_guide_get_artifact          (CalGuide     *self);
const char  *cal_guide_get_framing_before    (CalGuide     *self);
const char  *cal_guide_get_framing_after     (CalGuide     *self);
const char  *cal_guide_get_framing_why       (CalGuide     *self);

G_END_DECLS
