/*
|--------------------------------------------------------------------------
| Article views at shutdown
|--------------------------------------------------------------------------
|
| Views are counted in memory and written every few seconds
| (RecordArticleView). Registered here, before the HTTP server starts, this
| hook runs after the server has drained (terminating hooks run last
| registered first) and before the database closes: the views of the very
| last requests are written too.
|
*/

import app from '@adonisjs/core/services/app'
import RecordArticleView from '#actions/articles/record_article_view'

app.terminating(() => RecordArticleView.flush())
