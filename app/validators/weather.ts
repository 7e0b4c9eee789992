import vine from '@vinejs/vine'

/** A place name as people type it: "Lisbon", "Portland, Oregon". */
const location = () => vine.string().trim().minLength(1).maxLength(120)

/** GET /weather?location= (submitted empty, the page just asks for a place). */
export const weatherPageValidator = vine.create({
  location: vine.string().trim().maxLength(120).optional(),
})

/** GET /api/v1/weather/:location */
export const apiWeatherValidator = vine.create({
  params: vine.object({ location: location() }),
})
