import { rm } from 'node:fs/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import Article from '#models/article'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { articleBy, tokenHeader } from '#tests/support/api'
import { parseUploadUrl } from '#services/images'
import {
  PHP_AS_PNG,
  SVG_WITH_SCRIPT,
  jpegPhoto,
  pngWithAlpha,
  webpImage,
} from '#tests/support/images'
import { assertVariantsServed, filesUnder } from '#tests/support/uploads'
import { urlFor } from '#tests/support/routes'

const uploadsDir = app.makePath('tmp/test-uploads')
const baseUrl = () => `http://${process.env.HOST}:${process.env.PORT}`

/** Files stored for one upload (every variant shares its folder). */
async function filesOf(url: string | null) {
  const image = parseUploadUrl(url)
  if (!image) return []
  return (await filesUnder(uploadsDir)).filter((file) => file.startsWith(image.folder + '/'))
}

test.group('Uploads | settings and editor pages (local disk)', (group) => {
  isolateDatabase(group)
  group.setup(() => rm(uploadsDir, { recursive: true, force: true }))
  group.tap((t) => t.timeout(60_000))

  test('a member uploads a profile picture in the settings', async ({ client, assert }) => {
    const user = await UserFactory.merge({ username: 'ada_lovelace' }).create()
    const response = await client
      .put(urlFor('profiles.settings.update'))
      .field('username', user.username)
      .field('email', user.email)
      .field('image', '')
      .file('avatar', await pngWithAlpha(), { filename: 'me.png', contentType: 'image/png' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('success', 'Your settings have been saved.')

    await user.refresh()
    assert.match(user.image!, /^\/uploads\/avatar\/\d+-[0-9a-f]{8}\/[0-9a-f]{16}_256x256_256\.png$/)
    assert.lengthOf(await filesOf(user.image), 6)
    await assertVariantsServed(assert, baseUrl(), baseUrl() + user.image, {
      fallback: 'png',
      widths: [64, 128, 256],
      width: 256,
      height: 256,
    })

    // The profile shows it at the widths a screen needs, WebP first.
    const profile = await client.get(urlFor('profiles.show', { username: 'ada_lovelace' }))
    const html = profile.text()
    assert.include(html, `src="${user.image}"`)
    assert.match(
      html,
      /<source type="image\/webp" srcset="[^"]*_64\.webp 64w, [^"]*_128\.webp 128w, [^"]*_256\.webp 256w" sizes="96px">/
    )
    assert.match(
      html,
      /srcset="[^"]*_64\.png 64w, [^"]*_128\.png 128w, [^"]*_256\.png 256w" sizes="96px"/
    )
    assert.match(html, /class="avatar avatar-lg"[^>]*width="96" height="96"/)

    // A new picture replaces the old one's files.
    const previous = user.image
    await client
      .put(urlFor('profiles.settings.update'))
      .field('username', user.username)
      .field('email', user.email)
      .field('image', baseUrl() + user.image)
      .file('avatar', await webpImage(), { filename: 'new.webp', contentType: 'image/webp' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    await user.refresh()
    assert.notEqual(user.image, previous)
    assert.lengthOf(await filesOf(previous), 0)
    assert.lengthOf(await filesOf(user.image), 6)
  })

  test('a refused picture is explained next to the field and stores nothing', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.merge({ image: 'https://images.example/me.png' }).create()
    const before = await filesUnder(uploadsDir)
    const response = await client
      .put(urlFor('profiles.settings.update'))
      .field('username', user.username)
      .field('email', user.email)
      .field('image', user.image!)
      .file('avatar', PHP_AS_PNG, { filename: 'me.png', contentType: 'image/png' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.deepEqual(response.flashMessages().inputErrorsBag, {
      avatar: ['Choose a JPEG, PNG, WebP or GIF image.'],
    })
    await user.refresh()
    assert.equal(user.image, 'https://images.example/me.png')
    assert.deepEqual(await filesUnder(uploadsDir), before)

    // The form shows the message under the file field.
    const form = await client
      .get(urlFor('profiles.settings.edit'))
      .loginAs(user)
      .withSession({})
      .withFlashMessages({ inputErrorsBag: { avatar: ['Choose a JPEG, PNG, WebP or GIF image.'] } })
    assert.match(
      form.text(),
      /id="field-avatar"[\s\S]*?aria-invalid="true"[\s\S]*?<p class="field-error" id="field-avatar-error">\s*<span>Choose a JPEG, PNG, WebP or GIF image\.<\/span>/
    )
  })

  test('a writer publishes with a cover, replaces it, removes it; deleting the article removes its files', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const created = await client
      .post(urlFor('articles.store'))
      .field('title', 'Cover story')
      .field('description', 'With a picture on top')
      .field('body', 'Words.')
      .field('tags', 'photos')
      .field('published', 'true')
      .file('cover', await jpegPhoto(), { filename: 'cover.jpg', contentType: 'image/jpeg' })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)
    created.assertStatus(302)
    const article = await Article.findByOrFail('title', 'Cover story')
    // Stored sideways with EXIF orientation 6: upright it is 800×1200.
    assert.match(
      article.coverImage!,
      /^\/uploads\/cover\/\d+-[0-9a-f]{8}\/[0-9a-f]{16}_800x1200_800\.jpg$/
    )
    await assertVariantsServed(assert, baseUrl(), baseUrl() + article.coverImage, {
      fallback: 'jpg',
      widths: [480, 800],
      width: 800,
      height: 1200,
    })

    // On the article page and on its card: both formats, every width, its size reserved.
    const page = (await client.get(urlFor('articles.show', { slug: article.slug }))).text()
    assert.match(
      page,
      /<picture class="cover article-cover">\s*<source type="image\/webp" srcset="[^"]*_480\.webp 480w, [^"]*_800\.webp 800w"/
    )
    assert.match(
      page,
      /<img src="[^"]*_800\.jpg" srcset="[^"]*_480\.jpg 480w, [^"]*_800\.jpg 800w" sizes="[^"]+" width="800" height="1200" alt="" loading="eager"/
    )
    const home = (await client.get(urlFor('main.home'))).text()
    assert.match(home, /<picture class="cover card-cover">[\s\S]*?width="800" height="1200"/)

    // A new cover replaces the old one's files.
    const first = article.coverImage
    await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .field('title', 'Cover story')
      .field('description', 'With a picture on top')
      .field('body', 'Words.')
      .field('tags', 'photos')
      .field('published', 'true')
      .file('cover', await pngWithAlpha(), { filename: 'cover.png', contentType: 'image/png' })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)
    await article.refresh()
    assert.match(article.coverImage!, /_600x400_600\.png$/)
    assert.lengthOf(await filesOf(first), 0)
    assert.lengthOf(await filesOf(article.coverImage), 4)

    // Saving without a file keeps it; "remove" drops it.
    await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form({
        title: 'Cover story',
        description: 'Kept',
        body: 'Words.',
        tags: '',
        published: 'true',
      })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)
    await article.refresh()
    assert.lengthOf(await filesOf(article.coverImage), 4)
    const second = article.coverImage
    await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form({
        title: 'Cover story',
        description: 'Kept',
        body: 'Words.',
        tags: '',
        published: 'true',
        remove_cover: 'true',
      })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)
    await article.refresh()
    assert.isNull(article.coverImage)
    assert.lengthOf(await filesOf(second), 0)

    // Deleting the article deletes its cover.
    await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .field('title', 'Cover story')
      .field('description', 'Again')
      .field('body', 'Words.')
      .field('published', 'true')
      .file('cover', await webpImage(), { filename: 'c.webp', contentType: 'image/webp' })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)
    await article.refresh()
    const third = article.coverImage
    assert.lengthOf(await filesOf(third), 6)
    await client
      .delete(urlFor('articles.destroy', { slug: article.slug }))
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)
    assert.lengthOf(await filesOf(third), 0)
  })

  test('a refused cover keeps the article unwritten and stores nothing', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const before = await filesUnder(uploadsDir)
    const response = await client
      .post(urlFor('articles.store'))
      .field('title', 'Scripted')
      .field('description', 'No')
      .field('body', 'No.')
      .field('published', 'true')
      .file('cover', SVG_WITH_SCRIPT, { filename: 'cover.svg', contentType: 'image/svg+xml' })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)
    // The editor comes straight back, with what was typed and the reason under the cover field.
    response.assertStatus(422)
    assert.match(
      response.text(),
      /id="field-cover"[\s\S]*?aria-invalid="true"[\s\S]*?<p class="field-error" id="field-cover-error">\s*<span>Choose a JPEG, PNG, WebP or GIF image\.<\/span>/
    )
    assert.include(response.text(), 'value="Scripted"')
    assert.isNull(await Article.findBy('title', 'Scripted'))
    assert.deepEqual(await filesUnder(uploadsDir), before)
  })

  test("the editor's Preview button reads the multipart form", async ({ client }) => {
    const author = await UserFactory.create()
    const response = await client
      .post(urlFor('articles.previews.store'))
      .field('title', 'Previewed')
      .field('description', 'Seen before saving')
      .field('body', 'Some **bold** words.')
      .file('cover', await jpegPhoto(), { filename: 'cover.jpg', contentType: 'image/jpeg' })
      .loginAs(author)
      .withCsrfToken()
    response.assertStatus(200)
    response.assertTextIncludes('<strong>bold</strong>')
    response.assertTextIncludes('value="Previewed"')
  })

  test('a cover chosen before the editor came back (errors, or a preview) is kept, not chosen again', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const pendingCoverOf = (html: string) =>
      /<input type="hidden" name="cover_upload" value="([^"]+)">/.exec(html)?.[1]

    // Sent without a title: the editor comes back with the cover, stored and shown.
    const refused = await client
      .post(urlFor('articles.store'))
      .field('title', '')
      .field('description', 'A cover, but no title')
      .field('body', 'Words.')
      .field('published', 'true')
      .file('cover', await jpegPhoto(), { filename: 'cover.jpg', contentType: 'image/jpeg' })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)
    refused.assertStatus(422)
    const chosen = pendingCoverOf(refused.text())
    assert.match(chosen!, /^\/uploads\/cover\/\d+-[0-9a-f]{8}\/[0-9a-f]{16}_800x1200_800\.jpg$/)
    assert.match(refused.text(), /<picture class="cover cover-current cover-pending">/)
    assert.include(refused.text(), 'A cover, but no title</textarea>')
    assert.lengthOf(await filesOf(chosen!), 4)

    // Corrected and sent again, without the file: the article gets that cover.
    const saved = await client
      .post(urlFor('articles.store'))
      .form({
        title: 'Kept cover',
        description: 'A cover, but no title',
        body: 'Words.',
        published: 'true',
        cover_upload: chosen!,
      })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    const article = await Article.findByOrFail('title', 'Kept cover')
    assert.equal(article.coverImage, chosen)

    // The Preview button keeps a new file for an existing article the same way.
    const previewed = await client
      .post(urlFor('articles.edit_previews.store', { slug: article.slug }))
      .field('title', 'Kept cover')
      .field('description', 'Previewed with a new cover')
      .field('body', 'Words.')
      .file('cover', await pngWithAlpha(), { filename: 'c.png', contentType: 'image/png' })
      .loginAs(author)
      .withCsrfToken()
    previewed.assertStatus(200)
    const replacement = pendingCoverOf(previewed.text())
    assert.match(replacement!, /_600x400_600\.png$/)
    await article.refresh()
    assert.equal(article.coverImage, chosen, 'a preview saves nothing')
    await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form({
        title: 'Kept cover',
        description: 'Previewed with a new cover',
        body: 'Words.',
        published: 'true',
        cover_upload: replacement!,
      })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)
    await article.refresh()
    assert.equal(article.coverImage, replacement)
    assert.lengthOf(await filesOf(chosen!), 0, 'the replaced cover is deleted')
  })

  test("the editor takes back only the writer's own, still stored covers", async ({
    client,
    assert,
  }) => {
    const [author, stranger] = await UserFactory.createMany(2)
    const theirs = await client
      .post(urlFor('articles.previews.store'))
      .field('title', 'Theirs')
      .file('cover', await jpegPhoto(), { filename: 'c.jpg', contentType: 'image/jpeg' })
      .loginAs(stranger)
      .withCsrfToken()
    const strangersCover = /name="cover_upload" value="([^"]+)"/.exec(theirs.text())![1]
    const gone = strangersCover.replace(/\/cover\/\d+-/, `/cover/${author.id}-`)

    for (const coverUpload of [
      strangersCover,
      gone,
      '/uploads/avatar/1-00000000/x.jpg',
      '../etc',
    ]) {
      const response = await client
        .post(urlFor('articles.store'))
        .form({
          title: 'Borrowed cover',
          description: 'Not mine',
          body: 'Words.',
          published: 'true',
          cover_upload: coverUpload,
        })
        .loginAs(author)
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(422)
      assert.include(
        response.text(),
        'The image chosen earlier is no longer available: choose it again.',
        coverUpload
      )
      assert.notInclude(response.text(), 'name="cover_upload"', coverUpload)
    }
    assert.isNull(await Article.findBy('title', 'Borrowed cover'))

    // "Do not use this image" drops the chosen cover.
    await client
      .post(urlFor('articles.store'))
      .form({
        title: 'No cover after all',
        description: 'Changed my mind',
        body: 'Words.',
        published: 'true',
        cover_upload: strangersCover,
        remove_cover: 'true',
      })
      .loginAs(stranger)
      .withCsrfToken()
      .redirects(0)
    assert.isNull((await Article.findByOrFail('title', 'No cover after all')).coverImage)
  })

  test('uploads are served only by their exact names', async ({ client }) => {
    ;(await client.get('/uploads/../package.json')).assertStatus(404)
    ;(await client.get('/uploads/avatar/1-0123abcd/0123456789abcdef_256x256_256.jpg')).assertStatus(
      404
    )
    ;(await client.get('/uploads/avatar/1-0123abcd/anything.svg')).assertStatus(404)
  })
})

test.group('Default avatars', (group) => {
  isolateDatabase(group)

  test('an account without a picture gets a generated SVG, never null in the API', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.merge({ username: 'grace_hopper', image: null }).create()
    await articleBy(user, { title: 'Compilers' })

    const svg = await fetch(`${baseUrl()}/avatars/grace_hopper.svg`)
    assert.equal(svg.status, 200)
    assert.equal(svg.headers.get('content-type'), 'image/svg+xml; charset=utf-8')
    const drawing = await svg.text()
    assert.include(drawing, '>GH</text>')
    assert.notInclude(drawing, '<script')
    // Stable: the same picture every time.
    const again = await fetch(`${baseUrl()}/avatars/grace_hopper.svg`)
    assert.equal(await again.text(), drawing)
    ;(await client.get('/avatars/..%2Fetc.svg')).assertStatus(404)

    const profile = await client.get('/api/v1/profiles/grace_hopper')
    profile.assertAgainstApiSpec()
    assert.equal(profile.body().profile.image, `${baseUrl()}/avatars/grace_hopper.svg`)
    const me = await client.get('/api/v1/user').header('authorization', await tokenHeader(user))
    assert.equal(me.body().user.image, `${baseUrl()}/avatars/grace_hopper.svg`)

    const home = (await client.get(urlFor('main.home'))).text()
    assert.include(home, 'src="/avatars/grace_hopper.svg"')
  })
})

test.group('API | POST /api/v1/uploads (contract)', (group) => {
  isolateDatabase(group)
  group.tap((t) => t.timeout(30_000))

  test('answers as the OpenAPI document says', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const authorization = await tokenHeader(user)
    const created = await client
      .post('/api/v1/uploads')
      .header('authorization', authorization)
      .file('file', await jpegPhoto(), { filename: 'me.jpg', contentType: 'image/jpeg' })
    created.assertStatus(201)
    created.assertAgainstApiSpec()
    assert.match(created.body().upload.url, /^http:\/\/.+\/uploads\/avatar\//)

    const refused = await client
      .post('/api/v1/uploads')
      .header('authorization', authorization)
      .file('file', SVG_WITH_SCRIPT, { filename: 'x.svg', contentType: 'image/svg+xml' })
    refused.assertStatus(422)
    refused.assertAgainstApiSpec()

    const missing = await client
      .post('/api/v1/uploads')
      .header('authorization', authorization)
      .json({})
    missing.assertStatus(422)
    missing.assertAgainstApiSpec()

    // A body that is not multipart at all, and one past the 12 MB request limit.
    const unreadable = await fetch(`${baseUrl()}/api/v1/uploads`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n',
    })
    assert.equal(unreadable.status, 400)
    const { errors } = (await unreadable.json()) as { errors: Record<string, string[]> }
    assert.property(errors, 'body')
    const tooLarge = await client
      .post('/api/v1/uploads')
      .header('authorization', authorization)
      .file('file', Buffer.alloc(13 * 1024 * 1024, 1), {
        filename: 'big.png',
        contentType: 'image/png',
      })
    tooLarge.assertStatus(413)
    tooLarge.assertAgainstApiSpec()

    const anonymous = await client
      .post('/api/v1/uploads')
      .file('file', await jpegPhoto(), { filename: 'me.jpg', contentType: 'image/jpeg' })
    anonymous.assertStatus(401)
  })
})
