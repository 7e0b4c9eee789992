export const policies = {
  ArticlePolicy: () => import('#policies/article_policy'),
  CommentPolicy: () => import('#policies/comment_policy'),
}

