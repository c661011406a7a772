/* cal-player.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CAL_TYPE_PLAYER (cal_player_get_type ())

G_DECLARE_FINAL_TYPE (CalPlayer, cal_player, CAL, PLAYER, GObject)

CalPlayer *cal_player_new          (void);
GFile     *cal_player_get_file     (CalPlayer  *self);
gboolean   cal_player_set_file     (CalPlayer  *self,
                                    GFile      *file,
                                    GError    **error);
void       cal_player_play         (CalPlayer  *self);
void       cal_player_pause        (CalPlayer  *self);
gboolean   cal_player_get_playing  (CalPlayer  *self);
void       cal_player_seek         (CalPlayer  *self,
                                    double      seconds);
double     cal_player_get_position (CalPlayer  *self);
double     cal_player_get_duration (CalPlayer  *self);
double     cal_player_get_rate     (CalPlayer  *self);
void       cal_player_set_rate     (CalPlayer  *self,
                                    double      rate);

G_END_DECLS
