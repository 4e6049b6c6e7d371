

<!DOCTYPE html>
<html>
<head><meta http-equiv="pragma" content="no-cache" /><meta name="renderer" content="webkit|ie-comp|ie-stand" /><meta http-equiv="cache-control" content="no-cache" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="expires" content="0" /><meta http-equiv="keywords" content="北京师范大学政府管理学院,政府管理学院,北师大政府管理学院,北师大政府管理学院,www.heu.edu.cn" /><meta http-equiv="description" content="欢迎访问北京师范大学政府管理学院" /><meta http-equiv="X-UA-Compatible" content="IE=edge,Chrome=1" /><meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8" /><meta http-equiv="X-UA-Compatible" content="IE=EmulateIE10" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta http-equiv="X-UA-Compatible" content="IE=9" /><meta name="viewport" content="width=device-width, user-scalable=no, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0" /><title>
	北京师范大学政府管理学院
</title>
    <script type="text/javascript" src="js/jquery-1.8.3.min.js"></script>
    <script type="text/javascript" src="js/bootstrap.js"></script>
    <script type="text/javascript" src="js/slider.js"></script>
    <script type="text/javascript" src="js/dropdown.js"></script>
    <script src="js/jquery-accordion-menu.js" type="text/javascript"></script>
    <script src="js/jquery-3.1.1.js"></script>
    <link rel="stylesheet" href="css/bootstrap.min.css" /><link rel="stylesheet" href="css/css.css" /><link rel="stylesheet" href="css/style.css" /><link rel="stylesheet" href="fonts/iconfont.css" /><link href="css/jquery-accordion-menu.css" rel="stylesheet" type="text/css" />
    <script src="js/responsive-util2.js"></script>
    <script src="js/scrolltopcontrol.js"></script>
    <script src="js/caidan.js"></script>
    <!--让bootstrap兼容ie8 
[if lte IE 8]-->
    <script type="text/javascript" src="js/respond.min.js"></script>
    <script type="text/javascript" src="js/html5.js"></script>
    <!--  [endif]
 [if lt IE 9]-->

    <script src="js/html5shiv.js"></script>
    <script src="js/respond.min.js"></script>
    <!-- [endif]-->
    <!-- HTML5 Shim and Respond.js IE8 support of HTML5 elements and media queries -->
    <script type="text/javascript">
        $(function () {
            $('#demo01').flexslider({
                animation: "slide",
                direction: "horizontal",
                easing: "swing",
            });
            $('#demo02').flexslider({
                animation: "slide",
                direction: "vertical",
                easing: "swing"
            });

            // 使用说明
            /*
                animation: "slide", //转换方式 fade淡入淡出 slide滚动
                direction:"horizontal", //滚动方向 horizontal左右 vertical上下
                slideshowSpeed: 3000, //停留时间
                directionNav: true, //是否显示左右控制按钮 true&false
                controlNav: true, //是否显示下方控制按钮 true&false
                mousewheel: false, //是否允许鼠标控制滚动 true&fals
            */

        });
        function _openSelectLink(selecto, linkname, addclicktimename) {
            if (linkname == undefined || linkname == "")
                linkname = "value";


            var index = selecto.selectedIndex;
            var option = selecto.options[index];

            var url = option.getAttribute("value");
            if (addclicktimename != undefined && addclicktimename != "") {
                try {
                    eval(option.getAttribute(addclicktimename))
                }
                catch (e) {
                }
            }

            window.open(url);

            if (selecto.selectedIndex != 0) {
                selecto.selectedIndex = 0;
            }
        }
    </script>




    <script type="text/javascript">
        jQuery(document).ready(function () {
            jQuery("#jquery-accordion-menu").jqueryAccordionMenu();

        });

        $(function () {
            //顶部导航切换

        })
        //banner轮播

    </script>
    <style>
.cex-list>li>a{
	color:#fff;
	padding:10px 19.8px;
}
</style>

</head>
<body style="background-color: #eee">
    <form name="form1" method="post" action="newshow.aspx?newid=4800&amp;wzlx=Masterbh" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTAyOTU0NDI0OA9kFgICAw9kFg4CBQ8WAh4LXyFJdGVtQ291bnQCCBYQZg9kFgRmDxUCGmFib3V0LmFzcHg/Y2Rzcz0xOSZjZGJoPTE5DOWtpumZouS7i+e7jWQCAQ8WAh8AAgUWCmYPZBYCZg8VAhphYm91dC5hc3B4P2Nkc3M9MTkmY2RiaD0yMAzlrabpmaLmpoLov7BkAgEPZBYCZg8VAhxoaXN0b3J5LmFzcHg/Y2Rzcz0xOSZjZGJoPTIxDOWOhuWPsuayv+mdqWQCAg9kFgJmDxUCHnN0cnVjdHVyZS5hc3B4P2Nkc3M9MTkmY2RiaD0yMgznu4Tnu4fmnLrmnoRkAgMPZBYCZg8VAhxTdWJqZWN0LmFzcHg/Y2Rzcz0xOSZjZGJoPTIzDOWtpuenkeiuvue9rmQCBA9kFgJmDxUCH0RlcGFydG1lbnQuYXNweD9jZHNzPTE5JmNkYmg9MjQM57O75omA5LuL57uNZAIBD2QWBGYPFQIecGVyc29ubmVsLmFzcHg/Y2Rzcz0yNSZjZGJoPTI1DOS6uuaJjeWfueWFu2QCAQ8WAh8AAgcWDmYPZBYCZg8VAiJ1bmRlcmdyYWR1YXRlLmFzcHg/Y2Rzcz0yNSZjZGJoPTI2CeacrOenkeeUn2QCAQ9kFgJmDxUCG01hc3Rlci5hc3B4P2Nkc3M9MjUmY2RiaD0yNwnnoZXlo6vnlJ9kAgIPZBYCZg8VAhxNYXN0ZXJiLmFzcHg/Y2Rzcz0yNSZjZGJoPTI4CeWNmuWjq+eUn2QCAw9kFgJmDxUCHU1hc3RlcmJoLmFzcHg/Y2Rzcz0yNSZjZGJoPTI5CeWNmuWjq+WQjmQCBA9kFgJmDxUCHmluZGV4LW1wYS5hc3B4P2Nkc3M9MjUmY2RiaD0zMANNUEFkAgUPZBYCZg8VAh1wcmFjdGljZS5hc3B4P2Nkc3M9MjUmY2RiaD0zMQzlrp7kuaDln7rlnLBkAgYPZBYCZg8VAh9sYWJvcmF0b3J5LmFzcHg/Y2Rzcz0yNSZjZGJoPTMyCeWunumqjOWupGQCAg9kFgRmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzMM5oub55Sf5bCx5LiaZAIBDxYCHwACBBYIZg9kFgJmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzQM5a2m6Zmi566A5LuLZAIBD2QWAmYPFQIhcHJvZmVzc2lvbmFsLmFzcHg/Y2Rzcz0zMyZjZGJoPTM1DOS4k+S4muS7i+e7jWQCAg9kFgJmDxUCHXJlZ2lzdGVyLmFzcHg/Y2Rzcz0zMyZjZGJoPTM2DOaKpeiAg+aMh+WNl2QCAw9kFgJmDxUCH2VtcGxveW1lbnQuYXNweD9jZHNzPTMzJmNkYmg9MzcM5bCx5Lia5oyH5a+8ZAIDD2QWBGYPFQIhdGVhY2hlcnN0YWZmLmFzcHg/Y2Rzcz0zOCZjZGJoPTM4DOW4iOi1hOmYn+S8jWQCAQ8WAh8AAgcWDmYPZBYCZg8VAiRUYWRtaW5pc3RyYXRpdmUuYXNweD9jZHNzPTM4JmNkYmg9MzkM6KGM5pS/566h55CGZAIBD2QWAmYPFQIbVGh1bWFuLmFzcHg/Y2Rzcz0zOCZjZGJoPTQwDOS6uuWKm+i1hOa6kGQCAg9kFgJmDxUCIVRpbmZvcm1hdGlvbi5hc3B4P2Nkc3M9MzgmY2RiaD00MQzkv6Hmga/nrqHnkIZkAgMPZBYCZg8VAiBUbWFuYWdlbWVudC5hc3B4P2Nkc3M9MzgmY2RiaD00MhXnrqHnkIbnp5HlrabkuI7lt6XnqItkAgQPZBYCZg8VAhpUbGFuZC5hc3B4P2Nkc3M9MzgmY2RiaD00MxLlnJ/lnLDotYTmupDnrqHnkIZkAgUPZBYCZg8VAh9UcG9saXRpY2FsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ0CeaUv+ayu+WtpmQCBg9kFgJmDxUCI1RpbnRlcm5hdGlvbmFsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ1DOWbvemZheWFs+ezu2QCBA9kFgRmDxUCHXJlc2VhcmNoLmFzcHg/Y2Rzcz00NiZjZGJoPTQ2DOWtpuacr+enkeeglGQCAQ8WAh8AAgUWCmYPZBYCZg8VAhxwcm9qZWN0LmFzcHg/Y2Rzcz00NiZjZGJoPTQ3DOenkeeglOmhueebrmQCAQ9kFgJmDxUCHWFjYWRlbWljLmFzcHg/Y2Rzcz00NiZjZGJoPTQ4DOWtpuacr+iuuuaWh2QCAg9kFgJmDxUCHm1vbm9ncmFwaC5hc3B4P2Nkc3M9NDYmY2RiaD00OQzkuJPokZfmlZnmnZBkAgMPZBYCZg8VAiRyZXNlYXJjaC1yZXBvcnQuYXNweD9jZHNzPTQ2JmNkYmg9NTAM56CU56m25oql5ZGKZAIED2QWAmYPFQIbc3lzdGVtLmFzcHg/Y2Rzcz00NiZjZGJoPTUxDOenkeeglOWItuW6pmQCBQ9kFgRmDxUCIlN0dWRlbnRzLXdvcmsuYXNweD9jZHNzPTUyJmNkYmg9NTIM5a2m55Sf5bel5L2cZAIBDxYCHwACBxYOZg9kFgJmDxUCIWFubm91bmNlbWVudC5hc3B4P2Nkc3M9NTImY2RiaD01MwzpgJrnn6XlhazlkYpkAgEPZBYCZg8VAiFvcmdhbml6YXRpb24uYXNweD9jZHNzPTUyJmNkYmg9NTQM56S+5Zui6aOO6YeHZAICD2QWAmYPFQIjUGFydHktQnVpbGRpbmcuYXNweD9jZHNzPTUyJmNkYmg9NTUM5YWa5peX6aOY6aOYZAIDD2QWAmYPFQIkc3R1ZGVudGFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU2DOePree6p+W7uuiuvmQCBA9kFgJmDxUCI1lvdXRoLWFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU3DOWbouWnlOW3peS9nGQCBQ9kFgJmDxUCIHN0dWRlbnQtYWN0LmFzcHg/Y2Rzcz01MiZjZGJoPTU4DOWtpueUn+a0u+WKqGQCBg9kFgJmDxUCG3hpYXphaS5hc3B4P2Nkc3M9NTImY2RiaD01OQzluLjnlKjkuIvovb1kAgYPZBYEZg8VAh1zZXJ2aWNlcy5hc3B4P2Nkc3M9NjAmY2RiaD02MAznpL7kvJrmnI3liqFkAgEPFgIfAAIDFgZmD2QWAmYPFQIfY29udGludWluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MQznu6fnu63mlZnogrJkAgEPZBYCZg8VAh10cmFpbmluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MgznpL7kvJrln7norq1kAgIPZBYCZg8VAh1leGNoYW5nZS5hc3B4P2Nkc3M9NjAmY2RiaD02Mwzlr7nlpJbkuqTmtYFkAgcPZBYEZg8VAhthbHVtbmkuYXNweD9jZHNzPTY0JmNkYmg9NjQM6Zmi5Y+L5LmL56qXZAIBDxYCHwACAxYGZg9kFgJmDxUCG2FsdW1uaS5hc3B4P2Nkc3M9NjQmY2RiaD02NQzpmaLlj4vmtLvliqhkAgEPZBYCZg8VAiBhbHVtbmlzdHlsZS5hc3B4P2Nkc3M9NjQmY2RiaD02NgzpmaLlj4vpo47ph4dkAgIPZBYCZg8VAiJhbHVtbmlzZXJ2aWNlLmFzcHg/Y2Rzcz02NCZjZGJoPTY3DOmZouWPi+acjeWKoWQCBw8WAh4EaHJlZgUSc2RkbGlzdC5hc3B4P2NkaWQ9ZAIIDw8WAh4EVGV4dAUJ5Y2a5aOr5ZCOZGQCCg8PFgIfAgUb5pS/5rK75a2m5Y2a5aOr5ZCO5rWB5Yqo56uZZGQCDA8PFgIfAgUKMjAxNy0wNC0wNWRkAg4PDxYCHwIFAzI4N2RkAhAPDxYCHwIFyDs8cCBzdHlsZT0idGV4dC1hbGlnbjpjZW50ZXI7dGV4dC1pbmRlbnQ6MmVtOyI+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpjZW50ZXI7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTtmb250LXNpemU6MTRweDsiPjxzdHJvbmc+5YyX5Lqs5biI6IyD5aSn5a2m5pS/5rK75a2m5Y2a5aOr5ZCO5rWB5Yqo56uZ566h55CG5bel5L2c5pqC6KGM6KeE5a6aPC9zdHJvbmc+PC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij4o5L+u6K6i5pe26Ze0OjIwMTblubQ15pyIKTwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPGJyIC8+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij7nrKzkuIDnq6Ag5Y2a5aOr5ZCO6L+b56uZ5Lq65ZGY6YG06YCJ5p2h5Lu2PC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+56ys5LiA5p2hIOWHoeiOt+W+l+WNmuWjq+WtpuS9je+8jOWTgeWtpuWFvOS8mO+8jOi6q+S9k+WBpeW6t+eahOS8mOengOmdkuW5tOWdh+WPr+eUs+ivt+S9nOWNmuWjq+WQjueglOeptuOAgueUs+ivt+S6uuWRmOeahOW5tOm+hOS4gOiIrOS4jei2hei/hzM15bKB44CCPC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+56ys5LqM5p2hIOmBv+WFjeWtpuacr+S4iueahOKAnOi/keS6sue5geauluKAne+8jOiHquW3seWtpumZouWfueWFu+eahOWNmuWjq+eUn++8jOS4jeW+l+i/m+WFpeacrOWtpumZouWQjOS4gOWtpuenkeeahOWNmuWjq+WQjuenkeeglOa1geWKqOermeOAgjwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTsiPuesrOS4ieadoSDljZrlo6vlkI7kurrlkZjnmoTpgbTpgInlupTmnKznnYDigJzmi6nkvJjlvZXnlKjigJ3lkozigJzlroHnvLrmr4vmu6XigJ3nmoTljp/liJnjgILlr7nnlLPmiqXliLDmnKzlrabpmaLkvZzljZrlo6vlkI7nmoTkurrlkZjvvIzpmaTlv4XpobvnrKblkIjlm73lrrbop4TlrprnmoTljZrlo6vlkI7ln7rmnKzmnaHku7bku6XlpJbvvIzlsJrpnIDmnInkuIvliJfooajnjrDkuYvkuIDvvIzmlrnlj6/ogIPomZHlvZXnlKjvvJo8L3NwYW4+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij4x77yO5Lul56ys5LiA5L2c6ICF5oiW6YCa6K6v5L2c6ICF5Y+R6KGo6auY5rC05bmz5Y6f5Yib5oCn56CU56m25oiQ5p6c44CC5ZyoU0NJLVEx5Yy65oiWQuexu+acn+WIiuWPkeihqOiuuuaWh+iHs+WwkTHnr4fmiJZDU1NDSeacn+WIiuWPkeihqOiuuuaWhzLnr4fjgII8L3NwYW4+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij4y77yO5Lul5Li76KaB56CU56m25Lq65ZGY6Lqr5Lu977yI5o6S5ZCN5YmN5LiJ5ZCN77yJ77yM6I635b6X5Zu95a625oiW55yB57qn5oiW6YOo57qn5LiJ562J5aWW5Lul5LiK55qE56eR56CU5aWW5Yqx44CCPC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+M++8juWfuuehgOeQhuiuuuaJjuWunu+8jOafkOmhueeglOeptuaIkOaenOWPluW+l+WbveWutuWPkeaYjuaIluWunueUqOS4k+WIqe+8jOWhq+ihpeWbveWGheepuueZveOAgjwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTsiPjTvvI7ku6XkuLvopoHnoJTnqbbkurrlkZjouqvku73vvIjmjpLlkI3liY3kuInlkI3vvInlj4LliqDov4fph43lpKfnmoTnoJTnqbbor77popjvvIzlubblj5blvpfkuLvopoHnmoTpmLbmrrXmgKfnoJTnqbbmiJDmnpzjgII8L3NwYW4+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij4177yO5L2c5Li65Li76KaB56CU56m25Lq65ZGY77yI5o6S5ZCN5YmN5LiJ5ZCN77yJ5oqK56eR56CU5oiQ5p6c6L2s5YyW5Li655Sf5Lqn5Yqb77yM5bm25Lqn55Sf5LqG6L6D5Li65pi+6JGX55qE57uP5rWO5pWI55uK5ZKM56S+5Lya5pWI55uK44CCPC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+Nu+8juiuvuermeWNleS9jemHjeWkp+eglOeptumhueebrumcgOimge+8jOe7j+acrOmZouWtpuacr+WnlOWRmOS8muiuqOiuuuS4gOiHtOmAmui/h+iAheOAgjwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTsiPuesrOWbm+adoeeUs+ivt+S7juS6i+WNmuWjq+WQjueglOeptuW3peS9nOeahOS6uuWRmO+8jOW6lOW9k+WQkeiuvuermeWNleS9jeaPkOWHuuS5pumdoueUs+ivt++8jOaPkOS6pOivgeaYjuadkOaWmeOAguWnlOaJmOWfueWFu+OAgeWumuWQkeWfueWFu+OAgeWcqOiBjOW3peS9nOS7peWPiuWFt+acieeOsOW9ueWGm+S6uui6q+S7veeahOS6uuWRmOeUs+ivt+S7jiDkuovljZrlo6vlkI7noJTnqbblt6XkvZzvvIzlupTlvZPlkJHorr7nq5nljZXkvY3mj5DkuqTlhbblp5TmiZjljZXkvY3jgIHlrprlkJHln7nlhbvljZXkvY3jgIHlt6XkvZzljZXkvY3miJbogIXmiYDlnKjpg6jpmJ/lkIzmhI/lhbbohLHkuqfku47kuovljZrlo6vlkI7noJTnqbblt6XkvZznmoTor4HmmI7mnZDmlpnjgII8L3NwYW4+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij7lnKjogYzkurrlkZjkuI3lvpflhbzogYzku47kuovljZrlo6vlkI7noJTnqbblt6XkvZzjgII8L3NwYW4+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij7orr7nq5nljZXkvY3lupTkuI7ljZrlo6vlkI7kurrlkZjnrb7orqLljY/orq7vvIzmmI7noa7lj4zmlrnnmoTmnYPliKnjgIHkuYnliqHku6Xlj4rlt6XkvZznm67moIfjgIHor77popjopoHmsYLjgIHlnKjnq5nlt6XkvZzmnJ/pmZDjgIHkuqfmnYPmiJDmnpzlvZLlsZ7jgIHov53nuqblpITnvZrnrYnjgII8L3NwYW4+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij7nrKzkuoznq6Ag5Y2a5aOr5ZCO5Lit5pyf6ICD5qC4PC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+56ys5LqU5p2hIOWcqOWNmuWjq+WQjui/m+ermTEy5Liq5pyI5bem5Y+z77yM5a2m6Zmi5a+55YW26L+b6KGM5Lit5pyf6ICD5qC444CC5qC55o2u44CK5YyX5Lqs5biI6IyD5aSn5a2m5Y2a5aOr5ZCO5bKX5L2N6IGY55So5ZCI5ZCM5Lmm44CL5Y+K44CK5YyX5Lqs5biI6IyD5aSn5a2m5Y2a5aOr5ZCO56CU56m25Lq65ZGY5bKX5L2N6IGY5Lu75Lu75Yqh5Lmm44CL55qE6KaB5rGC77yM5Lit5pyf6ICD5qC45Li76KaB5YaF5a655aaC5LiLOjwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTsiPjHvvI7ov5vnq5nkuIDlubTlhoXlj5HooajnmoTorrrmlofmg4XlhrXvvIznlLPor7fliLDmiJblj4LkuI7nmoTnp5HnoJTpobnnm67miJbln7rph5HvvIzku47kuovnmoTljp/liJvmgKfnmoTlt6XkvZzmg4XlhrXnrYnvvJs8L3NwYW4+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij4y77yO56CU56m25bel5L2c55qE56S+5Lya5b2x5ZON5ZKM6K+E5Lu377yM56CU56m257uT5p6c5byV55So5oOF5Ya1562J77ybPC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+M++8juWNmuWjq+WQjueahOenkeWtpuaAgeW6puOAgeWtpuacr+mBk+W+t+OAgeWNj+S9nOeyvuelnuetiee7vOWQiOe0oOi0qO+8mzwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTsiPjTvvI7lnKjnq5nlt6XkvZzml7bpl7TjgII8L3NwYW4+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij7nrKzlha3mnaEg5Lit5pyf6ICD5qC45bCP57uE5oiQ5ZGY55Sx6Zmi57O75omA55qE5a2m5pyv5aeU5ZGY5Lya5oiW5rWB5Yqo56uZ5Y2a5aOr5ZCO5bel5L2c6aKG5a+85bCP57uE5oiQ5ZGY57uE5oiQ77yM5LiA6Iis5LiN5bCR5LqONeS6uuOAguWNmuWjq+WQjuS4reacn+iAg+aguOe7k+aenOWIhuS4uuS8mOengOOAgeWQiOagvOOAgeS4jeWQiOagvOOAguS4reacn+iAg+aguOe7k+aenOS4iuaKpeagoeS6uuS6i+WkhOWtmOaho+OAgjwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTsiPuesrOS4ieeroCDljZrlo6vlkI7lh7rnq5k8L3NwYW4+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij7nrKzkuIPmnaEg5Zyo56uZ5pyf6Ze055qE56eR56CU5oiQ5p6c6aG75ZCM5pe25ruh6Laz5Lul5LiL5Lik5Liq5p2h5Lu277yM5pa55Y+v5Ye656uZ77yaPC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+MS7kuLvmjIHnnIHpg6jnuqfnp5HnoJTpobnnm67miJbljZrlo6vlkI7np5Hlrabln7rph5Ex6aG544CCPC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+Mi7ku6XljJfkuqzluIjojIPlpKflrabkuLrnrKzkuIDnvbLlkI3ljZXkvY3vvIzku6XnrKzkuIDkvZzogIXmiJbpgJrorq/kvZzogIXlj5HooajkuIDlrprmlbDph4/lkozotKjph4/nmoTorrrmlofvvIzlhbbkuK1TU0NJ5oiWQ1NTQ0nmlLblvZXorrrmlofoh7PlsJEz56+H77yM5YW25Lit6Iez5bCRMeevh+S4ulNTQ0ktUTHljLrmiJZC57G75Y+K5Lul5LiK5pyf5YiK6K665paH44CCPC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+56ys5YWr5p2h6ICD5qC45qCH5YeGPC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+5Y2a5aOr5ZCO5Ye656uZ6ICD5qC45YiG5Li65LyY56eA44CB5ZCI5qC844CB5LiN5ZCI5qC85LiJ5Liq562J57qn44CC5Y2a5aOr5ZCO56CU56m25Lq65ZGY5a6M5oiQ5bKX5L2N6IGY5Lu75Lu75Yqh5Lmm6KeE5a6a55qE5omA5pyJ5p2h5qy+44CB6L6+5Yiw6K665paH5Y+R6KGo5Z+65pys6KaB5rGC44CB5oyJ5pe25a6M5oiQ44CK5Y2a5aOr5ZCO56CU56m25bel5L2c5oql5ZGK44CL5bm26YCa6L+H5a2m56eR6K+E6K6u5bCP57uE55qE6K+E5a6h77yM5Y2z6KeG5Li65ZCI5qC844CC6ICD5qC45ZCI5qC855qE5Y2a5aOr5ZCO5Yiw5Y2a5aOr5ZCO566h55CG5Yqe5YWs5a6k5Yqe55CG55u45bqU55qE5Ye656uZ5omL57ut77yM5bm26aKG5Y+W5Y2a5aOr5ZCO6K+B5Lmm44CC5a+56ICD5qC45LiN5ZCI5qC86ICF77yM5oql57uP5YWo5Zu95Y2a5aOr5ZCO566h5aeU5Lya5om55YeG77yM5oyJ6YCA56uZ5aSE55CG77yM5LiN5LqI5Yqe55CG5Y2a5aOr5ZCO6K+B5Lmm44CCPC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+56ys5Zub56ugIOWNmuWjq+WQjumAgOermTwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTsiPuesrOS5neadoSDljZrlo6vlkI7kurrlkZjlnKjnq5nmnJ/pl7Qs5pyJ5LiL5YiX5oOF5b2i5LmL5LiA6ICFLOW6lOS6iOmAgOerme+8mjwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTsiPjHjgIHogIPmoLjkuI3lkIjmoLznmoTvvJs8L3NwYW4+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij4y44CB5Zyo5a2m5pyv5LiK5byE6Jma5L2c5YGH77yM5b2x5ZON5oG25Yqj55qE77ybPC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+M+OAgeWPl+itpuWRiuS7peS4iuihjOaUv+WkhOWIhueahO+8mzwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTsiPjTjgIHml6DmlYXml7flt6Xov57nu60xNeWkqeaIluS4gOW5tOWGhee0r+iuoeaXt+W3pTMw5aSp5Lul5LiK55qE77ybPC9zcGFuPg0KCTwvZGl2Pg0KCTxkaXYgc3R5bGU9InRleHQtYWxpZ246anVzdGlmeTsiPg0KCQk8c3BhbiBzdHlsZT0ibGluZS1oZWlnaHQ6MS41OyI+NeOAgeWboOaCo+eXheetieWOn+WboOmavuS7peWujOaIkOeglOeptuW3peS9nOeahO+8mzwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTsiPjbjgIHlh7rlm73pgL7mnJ/kuI3lvZLotoXov4czMOWkqeeahO+8mzwvc3Bhbj4NCgk8L2Rpdj4NCgk8ZGl2IHN0eWxlPSJ0ZXh0LWFsaWduOmp1c3RpZnk7Ij4NCgkJPHNwYW4gc3R5bGU9ImxpbmUtaGVpZ2h0OjEuNTsiPjfjgIHlhbbku5bmg4XlhrXlupTkuojpgIDnq5nnmoTjgII8L3NwYW4+DQoJPC9kaXY+DQoJPGRpdiBzdHlsZT0idGV4dC1hbGlnbjpqdXN0aWZ5OyI+DQoJCTxzcGFuIHN0eWxlPSJsaW5lLWhlaWdodDoxLjU7Ij48L3NwYW4+DQoJPC9kaXY+DQo8L3A+ZGQYAQUeX19Db250cm9sc1JlcXVpcmVQb3N0QmFja0tleV9fFgEFDEltYWdlQnV0dG9uMfyxs7d68GVAFtwyRC5JCxdxl7Vr" />
</div>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="1951E080" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKP65TRDwLs0bLrBgLSwpnTCB6vzcTWRXC0nhhlFOy40U6Z0TRr" />
</div>
        <header>
            <!--top end-->
            <div class="logo-bg" style="padding: 0">
                <div class=" container" style="width: 980px; background-color: #fff">
                    <div class="row clearfix" style="margin: 1% 0">
                        <div class="col-md-4 column logo-box ">
                            <a href="index.aspx">
                                <img src="images/logo.png" title="logo" class="img-responsive" alt="Cinque Terre" /></a>
                        </div>
                        <div class="col-md-5 column"></div>
                        <div class="col-md-3 column pn">
                            <div class="top-tell">
                                <p>
                                    <a href="http://www.sg.bnu.edu.cn:8082/eng/eindex.jsp" target="_blank">English Version</a>
                                </p>
                            </div>
                            <!--中文版 英文版-->
                            <div class="top-search">

                                <div class="input-group">
                                      <input name="TextBox1" type="text" id="TextBox1" class="form-control input1" />
                                    <span class="input-group-addon">

                                        <input type="image" name="ImageButton1" id="ImageButton1" src="images/sousou.png" style="border-width:0px;" />
                                    </span>
                                </div>

                            </div>
                        </div>

                    </div>
                    <div class="row clearfix" style="background-color: #0035B4">
                        <nav class="navbar topnav" role="navigation" style="min-height: 0; padding: 10px 0">
                            <div class="container-fluid top-nav">
                                <div class="collapse navbar-collapse top-nav" id="example-navbar-collapse">
                                    <ul class=" navbar-nav cex-list">
                                      <li class=""><a href="index.aspx">首页</a></li>
                                            
                                                    <li class="dropdown">
                                                        <a href="about.aspx?cdss=19&cdbh=19" class="dropdown-toggle">学院介绍 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="about.aspx?cdss=19&cdbh=20">学院概述</a></li>
                                                                
                                                                    <li><a href="history.aspx?cdss=19&cdbh=21">历史沿革</a></li>
                                                                
                                                                    <li><a href="structure.aspx?cdss=19&cdbh=22">组织机构</a></li>
                                                                
                                                                    <li><a href="Subject.aspx?cdss=19&cdbh=23">学科设置</a></li>
                                                                
                                                                    <li><a href="Department.aspx?cdss=19&cdbh=24">系所介绍</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="personnel.aspx?cdss=25&cdbh=25" class="dropdown-toggle">人才培养 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="undergraduate.aspx?cdss=25&cdbh=26">本科生</a></li>
                                                                
                                                                    <li><a href="Master.aspx?cdss=25&cdbh=27">硕士生</a></li>
                                                                
                                                                    <li><a href="Masterb.aspx?cdss=25&cdbh=28">博士生</a></li>
                                                                
                                                                    <li><a href="Masterbh.aspx?cdss=25&cdbh=29">博士后</a></li>
                                                                
                                                                    <li><a href="index-mpa.aspx?cdss=25&cdbh=30">MPA</a></li>
                                                                
                                                                    <li><a href="practice.aspx?cdss=25&cdbh=31">实习基地</a></li>
                                                                
                                                                    <li><a href="laboratory.aspx?cdss=25&cdbh=32">实验室</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="r-about.aspx?cdss=33&cdbh=33" class="dropdown-toggle">招生就业 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="r-about.aspx?cdss=33&cdbh=34">学院简介</a></li>
                                                                
                                                                    <li><a href="professional.aspx?cdss=33&cdbh=35">专业介绍</a></li>
                                                                
                                                                    <li><a href="register.aspx?cdss=33&cdbh=36">报考指南</a></li>
                                                                
                                                                    <li><a href="employment.aspx?cdss=33&cdbh=37">就业指导</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="teacherstaff.aspx?cdss=38&cdbh=38" class="dropdown-toggle">师资队伍 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="Tadministrative.aspx?cdss=38&cdbh=39">行政管理</a></li>
                                                                
                                                                    <li><a href="Thuman.aspx?cdss=38&cdbh=40">人力资源</a></li>
                                                                
                                                                    <li><a href="Tinformation.aspx?cdss=38&cdbh=41">信息管理</a></li>
                                                                
                                                                    <li><a href="Tmanagement.aspx?cdss=38&cdbh=42">管理科学与工程</a></li>
                                                                
                                                                    <li><a href="Tland.aspx?cdss=38&cdbh=43">土地资源管理</a></li>
                                                                
                                                                    <li><a href="Tpolitical.aspx?cdss=38&cdbh=44">政治学</a></li>
                                                                
                                                                    <li><a href="Tinternational.aspx?cdss=38&cdbh=45">国际关系</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="research.aspx?cdss=46&cdbh=46" class="dropdown-toggle">学术科研 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="project.aspx?cdss=46&cdbh=47">科研项目</a></li>
                                                                
                                                                    <li><a href="academic.aspx?cdss=46&cdbh=48">学术论文</a></li>
                                                                
                                                                    <li><a href="monograph.aspx?cdss=46&cdbh=49">专著教材</a></li>
                                                                
                                                                    <li><a href="research-report.aspx?cdss=46&cdbh=50">研究报告</a></li>
                                                                
                                                                    <li><a href="system.aspx?cdss=46&cdbh=51">科研制度</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="Students-work.aspx?cdss=52&cdbh=52" class="dropdown-toggle">学生工作 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="announcement.aspx?cdss=52&cdbh=53">通知公告</a></li>
                                                                
                                                                    <li><a href="organization.aspx?cdss=52&cdbh=54">社团风采</a></li>
                                                                
                                                                    <li><a href="Party-Building.aspx?cdss=52&cdbh=55">党旗飘飘</a></li>
                                                                
                                                                    <li><a href="studentactivity.aspx?cdss=52&cdbh=56">班级建设</a></li>
                                                                
                                                                    <li><a href="Youth-activity.aspx?cdss=52&cdbh=57">团委工作</a></li>
                                                                
                                                                    <li><a href="student-act.aspx?cdss=52&cdbh=58">学生活动</a></li>
                                                                
                                                                    <li><a href="xiazai.aspx?cdss=52&cdbh=59">常用下载</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="services.aspx?cdss=60&cdbh=60" class="dropdown-toggle">社会服务 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="continuing.aspx?cdss=60&cdbh=61">继续教育</a></li>
                                                                
                                                                    <li><a href="training.aspx?cdss=60&cdbh=62">社会培训</a></li>
                                                                
                                                                    <li><a href="exchange.aspx?cdss=60&cdbh=63">对外交流</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="alumni.aspx?cdss=64&cdbh=64" class="dropdown-toggle">院友之窗 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="alumni.aspx?cdss=64&cdbh=65">院友活动</a></li>
                                                                
                                                                    <li><a href="alumnistyle.aspx?cdss=64&cdbh=66">院友风采</a></li>
                                                                
                                                                    <li><a href="alumniservice.aspx?cdss=64&cdbh=67">院友服务</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                        <!--8-->
                                    </ul>
                                </div>
                            </div>
                        </nav>
                        <!--顶部导航-->
                    </div>
                </div>


            </div>
            <!--logo-bg-->

        </header>
        <section>
            <div class="container" style="width: 980px; margin: 0% auto; background-color: #fff; border-radius: 3px">
                <div style="width: 97%; margin: 1% auto; text-align: right">当前位置：<a href="index.aspx">首页</a>-><span id="Label5">博士后</span>->正文</div>

                <div id="right_center" class="right_center3 anli_lineheight" style="background: #fff; width: 97%; margin: 2% auto; border-radius: 5px; border: 1px solid #DCE6F0;">
                       <div class="program_dl" style="width: 90%; margin: 0 auto">
                        <div class="kec_s ">   
                            <h3 class="program_title" style="font-weight:bold;">
                                <span style="text-align: center; display: block; border-bottom: 1px solid #DCE6F0; color: #2C4A7E; padding-bottom: 1%">
                                    <span id="Label1">政治学博士后流动站</span></span>
                            </h3>
                            <h5 class="program_title" style="color: #999; padding-bottom: 2%;">
                                <span style="text-align: center; display: block;">
                                    <span id="Label2">2017-04-05</span>
                                    点击率：<span id="Label4">287</span>
                                </span>
                            </h5>
                            <span id="Label3"><p style="text-align:center;text-indent:2em;">
	<div style="text-align:center;">
		<span style="line-height:1.5;font-size:14px;"><strong>北京师范大学政治学博士后流动站管理工作暂行规定</strong></span>
	</div>
	<div style="text-align:center;">
		<span style="line-height:1.5;">(修订时间:2016年5月)</span>
	</div>
	<div style="text-align:justify;">
		<br />
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第一章 博士后进站人员遴选条件</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第一条 凡获得博士学位，品学兼优，身体健康的优秀青年均可申请作博士后研究。申请人员的年龄一般不超过35岁。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第二条 避免学术上的“近亲繁殖”，自己学院培养的博士生，不得进入本学院同一学科的博士后科研流动站。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第三条 博士后人员的遴选应本着“择优录用”和“宁缺毋滥”的原则。对申报到本学院作博士后的人员，除必须符合国家规定的博士后基本条件以外，尚需有下列表现之一，方可考虑录用：</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">1．以第一作者或通讯作者发表高水平原创性研究成果。在SCI-Q1区或B类期刊发表论文至少1篇或CSSCI期刊发表论文2篇。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">2．以主要研究人员身份（排名前三名），获得国家或省级或部级三等奖以上的科研奖励。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">3．基础理论扎实，某项研究成果取得国家发明或实用专利，填补国内空白。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">4．以主要研究人员身份（排名前三名）参加过重大的研究课题，并取得主要的阶段性研究成果。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">5．作为主要研究人员（排名前三名）把科研成果转化为生产力，并产生了较为显著的经济效益和社会效益。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">6．设站单位重大研究项目需要，经本院学术委员会讨论一致通过者。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第四条申请从事博士后研究工作的人员，应当向设站单位提出书面申请，提交证明材料。委托培养、定向培养、在职工作以及具有现役军人身份的人员申请从 事博士后研究工作，应当向设站单位提交其委托单位、定向培养单位、工作单位或者所在部队同意其脱产从事博士后研究工作的证明材料。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">在职人员不得兼职从事博士后研究工作。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">设站单位应与博士后人员签订协议，明确双方的权利、义务以及工作目标、课题要求、在站工作期限、产权成果归属、违约处罚等。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第二章 博士后中期考核</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第五条 在博士后进站12个月左右，学院对其进行中期考核。根据《北京师范大学博士后岗位聘用合同书》及《北京师范大学博士后研究人员岗位聘任任务书》的要求，中期考核主要内容如下:</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">1．进站一年内发表的论文情况，申请到或参与的科研项目或基金，从事的原创性的工作情况等；</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">2．研究工作的社会影响和评价，研究结果引用情况等；</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">3．博士后的科学态度、学术道德、协作精神等综合素质；</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">4．在站工作时间。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第六条 中期考核小组成员由院系所的学术委员会或流动站博士后工作领导小组成员组成，一般不少于5人。博士后中期考核结果分为优秀、合格、不合格。中期考核结果上报校人事处存档。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第三章 博士后出站</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第七条 在站期间的科研成果须同时满足以下两个条件，方可出站：</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">1.主持省部级科研项目或博士后科学基金1项。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">2.以北京师范大学为第一署名单位，以第一作者或通讯作者发表一定数量和质量的论文，其中SSCI或CSSCI收录论文至少3篇，其中至少1篇为SSCI-Q1区或B类及以上期刊论文。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第八条考核标准</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">博士后出站考核分为优秀、合格、不合格三个等级。博士后研究人员完成岗位聘任任务书规定的所有条款、达到论文发表基本要求、按时完成《博士后研究工作报告》并通过学科评议小组的评审，即视为合格。考核合格的博士后到博士后管理办公室办理相应的出站手续，并领取博士后证书。对考核不合格者，报经全国博士后管委会批准，按退站处理，不予办理博士后证书。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第四章 博士后退站</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">第九条 博士后人员在站期间,有下列情形之一者,应予退站：</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">1、考核不合格的；</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">2、在学术上弄虚作假，影响恶劣的；</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">3、受警告以上行政处分的；</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">4、无故旷工连续15天或一年内累计旷工30天以上的；</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">5、因患病等原因难以完成研究工作的；</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">6、出国逾期不归超过30天的；</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;">7、其他情况应予退站的。</span>
	</div>
	<div style="text-align:justify;">
		<span style="line-height:1.5;"></span>
	</div>
</p></span>
                        </div>
                        <div style="border-top: 1px solid #DCE6F0; padding: 1% 0; width: 100%; overflow: hidden; margin-top: 5%">
                            
                            
                        </div>


                        
                    </div>

                </div>
            </div>
        </section>
        <!--section中间部分-->
        <footer>
            <div class="container">
                <div class="row clearfix">
                    <div class="col-md-12 column">
                        <div class="row clearfix">
                            <div class="col-md-9 column">
                               <p>
                                    学院地址：北京市海淀区新街口外大街19号 北京师范大学前主楼A区5层 
                                </p>
                                <p>
                                    联系电话：010-58808256 &nbsp; MPA咨询电话：010-58808176
                                </p>
                                <p>
                                    Copyright@2016 北京师范大学政府管理学院版权所有 &nbsp;All Rights Reserved 
                                </p>
                                <p>
                                    设计与开发：<a href="http://www.ixingzhi.cn" target="_blank" style="color:white">行知睿思 </a> 
                                </p>
                            </div>
                         <div class="col-md-3 column ">
                                <dl class="caption">
                                    <dt>
                                        <img src="images/weixin.png" alt="Cinque Terre" class="img-responsive" />
                                    </dt>
                                    <dd>公众号
                                    </dd>
                                </dl>
                                <dl class="caption">
                                    <dt>
                                        <img src="images/er.png" alt="Cinque Terre" class="img-responsive" />
                                    </dt>
                                    <dd>手机版
                                    </dd>
                                </dl>
                            </div>
                        </div>
                    </div>
                </div>
            </div>

        </footer>
    </form>
</body>
</html>
