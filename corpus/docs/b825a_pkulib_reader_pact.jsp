<%@ page import="com.bai.utils.constants.Constants" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<!DOCTYPE html>
<html dir="ltr" lang="zh-hans"
      prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#">
<head>
	<link href="http://www.w3.org/1999/xhtml/vocab" rel="profile"/>
	<meta content="width=device-width, initial-scale=1.0" name="viewport">
	<meta content="webkit|ie-comp|ie-stand" name="renderer">
	<meta content="text/html; charset=utf-8" http-equiv="Content-Type"/>
	<meta content="XXXXXXXXXXXXXXXXXXXXXXXXXXXX" name="Generator"/>
	<link href="/portal/cn/dzzn/gzzd/wenminggongyue" rel="canonical"/>
	<link href="/portal/cn/node/5447" rel="shortlink"/>
	<link href="<c:url value="<%=Constants.StaticIcon.ICON_PATH%>"/>" rel="shortcut icon"
	      type="image/vnd.microsoft.icon"/>
	<title>文明读者公约</title>
	<link href="/static/css/css_o9umxtgxxq9a2xbebn4tkpmgbu4lavzerjcrl8gozdw.css" media="all" rel="stylesheet"
	      type="text/css"/>
	<link href="/static/css/css_k63pupoxloolfk6iyuhto-czl943ncprr4wiilqy3yw.css" media="all" rel="stylesheet"
	      type="text/css"/>
	<link href="/static/css/css_sifat1yrbnt1yexl-kgocar2lk9ihpzmzhha3b-_44s.css" media="all" rel="stylesheet"
	      type="text/css"/>
	<link href="/static/css/css_2wj43g_m8tavtlgxdf6boz6fcu2l8otqn9hbyj0bzr0.css" media="all" rel="stylesheet"
	      type="text/css"/>
	<style>
	</style>
	<!--[if IE 9]>
	<link type="text/css" rel="stylesheet" media="all" href="/static/css/ie9.css"/>
	<![endif]-->
	<!--[if lt IE 9]>
	<link type="text/css" rel="stylesheet" media="all" href="/static/css/ie8.css"/>
	<![endif]-->
	<!-- HTML5 element support for IE6-8 -->
	<!--[if lt IE 9]>
	<script src="/static/js/html5shiv-printshiv.min.js"></script>
	<script src="/static/js/respond.js"></script>
	<![endif]-->
	
	<!--[if (gt IE 9)|(gt IEMobile 7)|(!IE)]><!-->
	
	<!--<![endif]-->
	<script src="/static/js/jquery.min.js"></script>
	<script src="/static/js/jquery-extend-3.4.0.js"></script>
	<script src="/static/js/jquery-html-prefilter-3.5.0-backport.js"></script>
	<script src="/static/js/jquery.once.js"></script>
	<script src="/static/js/drupal.js"></script>
	<script src="/static/js/admin_devel.js"></script>
	<script src="/static/js/jquery-migrate-1.2.0.js"></script>
	<script src="/static/js/jquery.lazyloader.js"></script>
	<script src="/static/js/extlink.js"></script>
	<script src="/static/js/_progress.js"></script>
	<script src="/static/js/zh-hans_9-aoirakfv3_r5hhnl3qaotbxqnqba9zow2xp9jlebq.js"></script>
	<script src="/static/js/lightbox.js"></script>
	<script src="/static/js/tb-megamenu-frontend.js"></script>
	<script src="/static/js/tb-megamenu-touch.js"></script>
	<script src="/static/js/quicktabs.js"></script>
	<script src="/static/js/jquery.hoverintent.minified.js"></script>
	<script src="/static/js/sftouchscreen.js"></script>
	<script src="/static/js/sfsmallscreen.js"></script>
	<script src="/static/js/jquery.bgiframe.min.js"></script>
	<script src="/static/js/superfish.js"></script>
	<script src="/static/js/supersubs.js"></script>
	<script src="/static/js/superfish.js"></script>
	<script src="/static/js/bootstrap.min.js"></script>
	<script src="/static/js/jquery.qrcode.min.js"></script>
	<script src="/static/js/custom.js"></script>
	<script src="/static/js/custom-ge.js"></script>
	<script>jQuery.extend(Drupal.settings, {
        "basePath": "\/portal\/",
        "pathPrefix": "cn\/",
        "ajaxPageState": {
            "theme": "pkulib2018", "theme_token": "XRFm7k2BS4WlTiDe3rRy6U6bG09wwdXmh5hzP-De6IM", "js": {
                "sites\/all\/themes\/bootstrap\/js\/bootstrap.js": 1,
                "sites\/all\/modules\/jquery_update\/replace\/jquery\/1.10\/jquery.min.js": 1,
                "misc\/jquery-extend-3.4.0.js": 1,
                "misc\/jquery-html-prefilter-3.5.0-backport.js": 1,
                "misc\/jquery.once.js": 1,
                "misc\/drupal.js": 1,
                "sites\/all\/modules\/admin_menu\/admin_devel\/admin_devel.js": 1,
                "sites\/all\/modules\/jquery_update\/js\/jquery-migrate-1.2.0.js": 1,
                "sites\/all\/modules\/lazyloader\/jquery.lazyloader.js": 1,
                "sites\/all\/modules\/extlink\/extlink.js": 1,
                "sites\/all\/themes\/bootstrap\/js\/misc\/_progress.js": 1,
                "public:\/\/languages\/zh-hans_9-aoiRAkfV3_r5hHNl3QAotbXQNQBA9zOW2xP9JLEbQ.js": 1,
                "sites\/all\/modules\/lightbox2\/js\/lightbox.js": 1,
                "sites\/all\/modules\/tb_megamenu\/js\/tb-megamenu-frontend.js": 1,
                "sites\/all\/modules\/tb_megamenu\/js\/tb-megamenu-touch.js": 1,
                "sites\/all\/modules\/quicktabs\/js\/quicktabs.js": 1,
                "sites\/all\/libraries\/superfish\/jquery.hoverIntent.minified.js": 1,
                "sites\/all\/libraries\/superfish\/sftouchscreen.js": 1,
                "sites\/all\/libraries\/superfish\/sfsmallscreen.js": 1,
                "sites\/all\/libraries\/superfish\/jquery.bgiframe.min.js": 1,
                "sites\/all\/libraries\/superfish\/superfish.js": 1,
                "sites\/all\/libraries\/superfish\/supersubs.js": 1,
                "sites\/all\/modules\/superfish\/superfish.js": 1,
                "sites\/all\/themes\/pkulib2018\/js\/bootstrap.min.js": 1,
                "sites\/all\/themes\/pkulib2018\/js\/jquery.qrcode.min.js": 1,
                "sites\/all\/themes\/pkulib2018\/js\/custom.js": 1,
                "sites\/all\/themes\/pkulib2018\/js\/custom-ge.js": 1
            }, "css": {
                "modules\/system\/system.base.css": 1,
                "sites\/all\/modules\/date\/date_api\/date.css": 1,
                "sites\/all\/modules\/date\/date_popup\/themes\/datepicker.1.7.css": 1,
                "modules\/field\/theme\/field.css": 1,
                "modules\/node\/node.css": 1,
                "sites\/all\/modules\/extlink\/extlink.css": 1,
                "sites\/all\/modules\/views\/css\/views.css": 1,
                "sites\/all\/modules\/lazyloader\/lazyloader.css": 1,
                "sites\/all\/modules\/ckeditor\/ckeditor.css": 1,
                "sites\/all\/modules\/ctools\/css\/ctools.css": 1,
                "sites\/all\/modules\/lightbox2\/css\/lightbox.css": 1,
                "sites\/all\/modules\/panels\/css\/panels.css": 1,
                "modules\/locale\/locale.css": 1,
                "sites\/all\/modules\/tb_megamenu\/css\/bootstrap.css": 1,
                "sites\/all\/modules\/tb_megamenu\/css\/base.css": 1,
                "sites\/all\/modules\/tb_megamenu\/css\/default.css": 1,
                "sites\/all\/modules\/tb_megamenu\/css\/compatibility.css": 1,
                "sites\/all\/modules\/quicktabs\/css\/quicktabs.css": 1,
                "sites\/all\/modules\/quicktabs\/quicktabs_tabstyles\/tabstyles\/navlist\/navlist.css": 1,
                "sites\/all\/libraries\/fontawesome\/css\/font-awesome.css": 1,
                "sites\/all\/libraries\/superfish\/css\/superfish.css": 1,
                "sites\/all\/libraries\/superfish\/css\/superfish-smallscreen.css": 1,
                "sites\/all\/libraries\/superfish\/style\/white.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/style.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/bootstrap.min.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/color.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/color-x.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/color-l.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/portal.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/portal-w.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/portal-ge.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/contentpage.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/specialdonation.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/contentpageold.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/color-on-big-days.css": 1,
                "sites\/all\/themes\/pkulib2018\/css\/contentpage-temp.css": 1,
                "0": 1
            }
        },
        "lightbox2": {
            "rtl": "0",
            "file_path": "\/portal\/(\\w\\w\/)public:\/",
            "default_image": "\/portal\/sites\/all\/modules\/lightbox2\/images\/brokenimage.jpg",
            "border_size": 10,
            "font_color": "000",
            "box_color": "fff",
            "top_position": "",
            "overlay_opacity": "0.8",
            "overlay_color": "000",
            "disable_close_click": 1,
            "resize_sequence": 0,
            "resize_speed": 400,
            "fade_in_speed": 400,
            "slide_down_speed": 600,
            "use_alt_layout": 0,
            "disable_resize": 0,
            "disable_zoom": 0,
            "force_show_nav": 0,
            "show_caption": 1,
            "loop_items": 0,
            "node_link_text": "View Image Details",
            "node_link_target": 0,
            "image_count": "",
            "video_count": "Video !current of !total",
            "page_count": "Page !current of !total",
            "lite_press_x_close": "\u6309 \u003Ca href=\u0022#\u0022 onclick=\u0022hideLightbox(); return FALSE;\u0022\u003E\u003Ckbd\u003Ex\u003C\/kbd\u003E\u003C\/a\u003E \u5173\u95ed",
            "download_link_text": "",
            "enable_login": false,
            "enable_contact": false,
            "keys_close": "c x 27",
            "keys_previous": "p 37",
            "keys_next": "n 39",
            "keys_zoom": "z",
            "keys_play_pause": "32",
            "display_image_size": "original",
            "image_node_sizes": "()",
            "trigger_lightbox_classes": "",
            "trigger_lightbox_group_classes": "",
            "trigger_slideshow_classes": "",
            "trigger_lightframe_classes": "",
            "trigger_lightframe_group_classes": "",
            "custom_class_handler": 0,
            "custom_trigger_classes": "",
            "disable_for_gallery_lists": true,
            "disable_for_acidfree_gallery_lists": true,
            "enable_acidfree_videos": true,
            "slideshow_interval": 5000,
            "slideshow_automatic_start": true,
            "slideshow_automatic_exit": true,
            "show_play_pause": true,
            "pause_on_next_click": false,
            "pause_on_previous_click": true,
            "loop_slides": false,
            "iframe_width": 600,
            "iframe_height": 400,
            "iframe_border": 1,
            "enable_video": 0
        },
        "urlIsAjaxTrusted": {"\/portal\/cn\/site-search": true},
        "extlink": {
            "extTarget": "_blank",
            "extClass": 0,
            "extLabel": "(link is external)",
            "extImgClass": 0,
            "extSubdomains": 1,
            "extExclude": "http:\\\/\\\/login\\.lib\\.pku\\.edu\\.cn\\\/",
            "extInclude": "(\\\/mylib\\\/services\\\/[^\\\/]+)|(\\\/annual-report\\\/?)",
            "extCssExclude": "",
            "extCssExplicit": "",
            "extAlert": 0,
            "extAlertText": "This link will take you to an external web site. We are not responsible for their content.",
            "mailtoClass": "mailto",
            "mailtoLabel": "(link sends e-mail)"
        },
        "superfish": {
            "1": {
                "id": "1",
                "sf": {
                    "pathLevels": "3",
                    "delay": "200",
                    "animation": {"opacity": "show", "height": "show"},
                    "speed": "fast"
                },
                "plugins": {
                    "touchscreen": {"mode": "window_width", "breakpoint": 960, "breakpointUnit": "px"},
                    "smallscreen": {
                        "mode": "window_width",
                        "breakpoint": 960,
                        "breakpointUnit": "px",
                        "expandText": "\u6269\u5c55",
                        "collapseText": "\u6298\u53e0",
                        "title": "Menu2018"
                    },
                    "bgiframe": true,
                    "supersubs": {"minWidth": "7.3"}
                }
            }
        },
        "quicktabs": {
            "qt_search_quicktab": {
                "name": "search_quicktab",
                "tabs": [{"bid": "summon_delta_summon", "hide_title": 0}, {
                    "bid": "block_delta_4",
                    "hide_title": 0
                }, {"bid": "block_delta_5", "hide_title": 0}, {
                    "bid": "block_delta_6",
                    "hide_title": 0
                }, {"bid": "views_delta_-exp-site_search2-page", "hide_title": 0}],
                "urlIsAjaxTrusted": {"\/portal\/cn\/site-search": true}
            }
        },
        "bootstrap": {
            "anchorsFix": "0",
            "anchorsSmoothScrolling": "0",
            "formHasError": 1,
            "popoverEnabled": 1,
            "popoverOptions": {
                "animation": 1,
                "html": 0,
                "placement": "right",
                "selector": "",
                "trigger": "click",
                "triggerAutoclose": 1,
                "title": "",
                "content": "",
                "delay": 0,
                "container": "body"
            },
            "tooltipEnabled": 1,
            "tooltipOptions": {
                "animation": 1,
                "html": 0,
                "placement": "auto left",
                "selector": "",
                "trigger": "hover focus",
                "delay": 0,
                "container": "body"
            }
        }
    });</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-5447 node-type-page i18n-zh-hans section-dzzn">
<div id="skip-link">
	<a class="element-invisible element-focusable" href="#main-content">跳转到主要内容</a>
</div>

<div class="main-container container">
	
	<header id="page-header" role="banner">
	
	</header> <!-- /#page-header -->
	
	<div class="row">
		<section class="col-sm-9">
			<ol class="breadcrumb">
				<li><a href="<c:url value="/"/>">首页</a></li>
				<li><span class="nolink" title="">读者指南</span></li>
				<li><a class="active" href="<c:url value="<%=Constants.AccessPageUrl.WENMINGGONGYUE%>"/>">规章制度</a>
				</li>
				<li class="active">文明读者公约</li>
			</ol>
			<a id="main-content"></a>
			<h1 class="page-header">文明读者公约</h1>
			<div class="region region-content">
				<section class="block block-system clearfix" id="block-system-main">
					
					
					<article about="/portal/cn/dzzn/gzzd/wenminggongyue" class="node node-page clearfix" id="node-5447"
					         typeof="foaf:Document">
						<header>
                            <span class="rdf-meta element-hidden" content="文明读者公约"
                                  property="dc:title"></span><span class="rdf-meta element-hidden" content="0"
                                                                   datatype="xsd:integer"
                                                                   property="sioc:num_replies"></span>
						</header>
						<div class="field field-name-body field-type-text-with-summary field-label-hidden">
							<div class="field-items">
								<div class="field-item even" property="content:encoded"><p>
									1. 凭证入馆</p>
									<p>
										凭本人有效校园卡、借书证或阅览证刷证（或刷脸）入馆出馆，检测仪报警时应配合管理人员的检查。</p>
									<p>
										2. 保持安静</p>
									<p>
										保持图书馆内安静，手机或电脑等设备调至静音。不在馆内公共区域喧哗、朗读或大声接打手机，尤其不要在阅览区域接打手机。</p>
									<p>
										3. 安全防火</p>
									<p>
										图书馆是重点防火单位，不要在馆内任何地方吸烟、用火。</p>
									<p>
										4. 保持清洁</p>
									<p>
										保持馆内清洁卫生，不要随地吐痰，乱扔废弃物，不携带任何食品进入图书馆。</p>
									<p>
										5. 爱护公物</p>
									<p>
										爱护图书馆的书刊资料，文明阅览。</p>
									<p>
										爱护馆内设施设备，不随意涂抹刻画和破坏设备，不随意挪动阅览桌椅。</p>
									<p>
										未经许可，不在馆内张贴或散发广告及其他宣传品。</p>
									<p>
										6. 文明礼貌</p>
									<p>
										进入图书馆应着装整齐，举止文明，礼貌待人，不妨碍他人查阅资料，不抢占阅览座位，维护文明优雅的图书馆环境。</p>
									<p>
										7. 遵守规定</p>
									<p>
										自觉遵守图书馆的各项规章制度并维护馆内秩序，服从图书馆工作人员的管理。</p>
									<p>
										8. 维护知识产权</p>
									<p>
										遵守知识产权的有关规定，合理使用和复制图书馆文献资源，不得将所获得的文献提供给校外人员，不得将所获得的文献资料用于非法牟利。</p>
								</div>
							</div>
						</div>
						<div class="form-item form-type-item form-group"><label class="control-label">语言</label>
							Chinese, Simplified(简体中文)
						</div>
					</article>
				
				</section>
			</div>
		</section>
	
	
	</div>
</div>

<script src="/static/js/bootstrap.js"></script>
<div style="display:none;">
	<script src=" /static/js/h.js" type="text/javascript"></script>
</div>
</body>
</html>
