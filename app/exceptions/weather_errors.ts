import { Exception } from '@adonisjs/core/exceptions'

/** Why a call to the weather provider failed. Only the first three are worth a retry. */
export type WeatherFailureReason = 'timeout' | 'network' | 'server_error' | 'bad_response'

/** The provider could not be reached or answered something unusable. */
export class WeatherProviderError extends Exception {
  static status = 503
  static code = 'E_WEATHER_PROVIDER'

  constructor(
    readonly reason: WeatherFailureReason,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, { cause: options?.cause })
  }

  get retryable() {
    return this.reason !== 'bad_response'
  }
}

/** The provider knows no place by that name. */
export class LocationNotFoundError extends Exception {
  static status = 404
  static code = 'E_LOCATION_NOT_FOUND'

  constructor(readonly location: string) {
    super(`No place called "${location}" was found.`)
  }
}

/** No forecast to serve: the provider failed and nothing is cached for the place. */
export class WeatherUnavailableError extends Exception {
  static status = 503
  static code = 'E_WEATHER_UNAVAILABLE'

  constructor(
    readonly location: string,
    options?: { cause?: unknown }
  ) {
    super('The weather service is unavailable right now. Please try again later.', {
      cause: options?.cause,
    })
  }
}
