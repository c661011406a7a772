/* cal-round.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_ROUND (cal_round_get_type ())

G_DECLARE_FINAL_TYPE (CalRound, cal_round, CAL, ROUND, GObject)

CalRound   *cal_round_new            (void);
gint64      cal_round_get_id         (CalRound   *self);
void        cal_round_set_id         (CalRound   *self,
                                      gint64      id);
gint64      cal_round_get_process_id (CalRound   *self);
void        cal_round_set_process_id (CalRound   *self,
                                      gint64      process_id);
gint64      cal_round_get_job_id     (CalRound   *self);
void        cal_round_set_job_id     (CalRound   *self,
                                      gint64      job_id);
int         cal_round_get_position   (CalRound   *self);
void        cal_round_set_position   (CalRound   *self,
                                      int         position);
const char *cal_round_get_kind       (CalRound   *self);
void        cal_round_set_kind       (CalRound   *self,
                                      const char *kind);
const char *cal_round_get_title      (CalRound   *self);
void        cal_round_set_title      (CalRound   *self,
                                      const char *title);
const char *cal_round_get_status     (CalRound   *self);
void        cal_round_set_status     (CalRound   *self,
                                      const char *status);
const char *cal_round_get_date       (CalRound   *self);
void        cal_round_set_date       (CalRound   *self,
                                      const char *date);
const char *cal_round_get_notes      (CalRound   *self);
void        cal_round_set_notes      (CalRound   *self,
                                      const char *notes);
gint64      cal_round_get_created    (CalRound   *self);
void        cal_round_set_created    (CalRound   *self,
                                      gint64      created);
gint64      cal_round_get_updated    (CalRound   *self);
void        cal_round_set_updated    (CalRound   *self,
                                      gint64      updated);
gboolean    cal_round_get_dirty      (CalRound   *self);
void        cal_round_set_dirty      (CalRound   *self,
                                      gboolean    dirty);