from django.urls import path

from members import portfolio_views, views

urlpatterns = [
    path("register/", views.RegisterView.as_view(), name="member-register"),
    path("login/", views.LoginView.as_view(), name="member-login"),
    path("token/refresh/", views.TokenRefreshView.as_view(), name="token-refresh"),
    path("logout/", views.LogoutView.as_view(), name="member-logout"),
    path("password/", views.PasswordChangeView.as_view(), name="member-password"),
    path("user/", views.CurrentMemberView.as_view(), name="member-current"),
    path("artists/", portfolio_views.ArtistListView.as_view(), name="artist-list"),
    path(
        "artists/<int:artist_id>/",
        portfolio_views.ArtistPortfolioView.as_view(),
        name="artist-portfolio",
    ),
]
